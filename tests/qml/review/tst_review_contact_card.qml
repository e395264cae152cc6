import QtQuick
import QtTest
import InTheirShoes

// One touchpoint of a received summary. A summary is sent once its walk is finished, so a
// contact with no end was never ended: it reads "Not ended", never "In progress".
Item {
    id: root
    width: 390
    height: 400

    function contactWith(outcome: string): var {
        return {name: "Call to the contact centre", channel: "phone", department: "contact_centre",
                outcome: outcome, attempt: 1, passed: true, score: 80, totalMs: 60000,
                failedMustBe: [], metDelighters: [], handoffs: [], repeatCount: 0,
                missedTargets: [], shareableNote: ""}
    }

    ReviewContactCard {
        id: card
        width: root.width
        index: 0
        contact: root.contactWith("open")
    }

    TestCase {
        name: "ReviewContactCard"
        when: windowShown

        function caption() {
            const label = findChild(card, "reviewContactCaption_0")
            verify(label !== null, "no caption")
            return label.text
        }

        function test_unendedContactOfAFinishedWalk() {
            card.contact = root.contactWith("open")
            verify(caption().indexOf("Not ended") >= 0, caption())
            verify(caption().indexOf("In progress") < 0, caption())
            AppController.settings.language = "it"
            tryVerify(() => caption().indexOf("Non concluso") >= 0, 3000, caption())
            verify(caption().indexOf("In corso") < 0, caption())
            AppController.settings.language = "en"
        }

        function test_endedContactKeepsItsOutcome() {
            card.contact = root.contactWith("resolved")
            verify(caption().indexOf("Resolved") >= 0, caption())
        }
    }
}
