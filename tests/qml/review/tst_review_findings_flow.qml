import QtQuick
import QtQuick.Controls.Basic
import QtTest
import InTheirShoes
import InTheirShoesReviewTest

// The CCO's dashboard through its real pages over a seeded review vault (14 walks by two
// leaders in Q2 and Q3 2026): the overview's headline figures against the quarter before, a
// filter change that matches nothing ("No walks match") and back, every figure's drill-down
// (a headline, a heat-map cell -> its criterion failures -> the walks -> the summary page),
// the departments and the silo map; every figure of the overview, a department and the silo map
// opens as many walks as it counts; the silo map's names whole at 390 px; a heat-map cell's pass
// rate and time against the SLA; the period picker's calendar. With ITS_SCREENSHOT_DIR set, saves every dashboard page at
// 390x844 and 1440x900 in English+light, Italian+dark, Italian+light and English+dark.
Item {
    id: root
    width: 1440
    height: 900

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: ReviewOverviewPage {
            session: ReviewHooks.reviewSession
        }
    }

    TestCase {
        id: tc
        name: "ReviewFindingsFlow"
        when: windowShown

        function child(parentItem, name) {
            let item = null
            tryVerify(() => (item = findChild(parentItem, name)) !== null, 5000, "no item named " + name)
            return item
        }
        // The vertical Flickable around an item (not the heat map's or the matrix's sideways one).
        function viewOf(item) {
            let view = item.parent
            while (view && !(view.contentY !== undefined && view.flick !== undefined && view.flickableDirection !== Flickable.HorizontalFlick))
                view = view.parent
            return view
        }
        function scrollTo(item) {
            const view = viewOf(item)
            if (!view)
                return
            const y = item.mapToItem(view.contentItem, 0, 0).y
            view.contentY = Math.max(view.originY, Math.min(y - 80, view.originY + view.contentHeight - view.height))
        }
        function tap(item) {
            tryVerify(() => item.visible && item.enabled, 5000, item.objectName + " visible and enabled")
            tryVerify(() => {
                scrollTo(item)
                const p = item.mapToItem(root, item.width / 2, item.height / 2)
                return p.y > 0 && p.y < root.height && p.x > 0 && p.x < root.width
            }, 5000, item.objectName + " scrolled into the window")
            verify(item.width >= 44 && item.height >= 44, item.objectName + " is a touch target")
            // A press on a Flickable still moving back into bounds only stops it.
            const view = viewOf(item)
            tryVerify(() => !view || !view.moving, 5000, "the page stopped scrolling")
            mouseClick(item)
        }
        // By keyboard (focus and Space): two mouse taps on neighbouring chips in a row would be
        // read as a double click.
        function press(item) {
            tryVerify(() => item.visible && item.enabled, 5000, item.objectName + " visible and enabled")
            item.forceActiveFocus()
            keyClick(Qt.Key_Space)
        }
        function pageOn(name) {
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === name && !stack.busy,
                      5000, "page " + name)
            return stack.currentItem
        }
        function overview() {
            while (stack.depth > 1)
                stack.pop(null, StackView.Immediate)
            return pageOn("reviewOverviewPage")
        }
        function settled(page) {
            tryVerify(() => page.findings.ready && !page.findings.busy, 20000, "findings compiled")
        }

        function initTestCase() {
            verify(ReviewHooks.seedFindings())
            const page = overview()
            page.findings.reload()
            settled(page)
        }

        function test_1_overviewHeadlinesAgainstTheQuarterBefore() {
            const page = overview()
            compare(page.findings.periodLabel, "Q3 2026")
            tryCompare(child(page, "headlineValue_nps"), "text", "100")
            verify(child(page, "headlineChange_nps").text.indexOf("Clearly up on Q2 2026: +200") > 0)
            verify(child(page, "headline_nps").Accessible.name.indexOf("n = 8") > 0)
            verify(child(page, "painTrend_0").text.indexOf("Up from 3") >= 0)
            verify(child(page, "idleLeaders").text.indexOf("CMO laptop") >= 0)
            verify(child(page, "findingsStatus").text.indexOf("Q3 2026 compared with Q2 2026") === 0)
        }

        // Dates with no walk: "No walks match" and no figure at all; back to the quarter.
        function test_2_filterChangeToNothingAndBack() {
            const page = overview()
            press(child(page, "periodKind_range"))
            compare(page.findings.periodKind, "range")
            page.findings.fromDate = "2025-01-01"
            page.findings.toDate = "2025-01-31"
            settled(page)
            verify(page.findings.noWalksMatch)
            tryVerify(() => child(page, "noWalksMatch").visible)
            verify(!child(page, "headlineCard").visible)
            press(child(page, "periodKind_quarter"))
            compare(page.findings.periodKind, "quarter")
            settled(page)
            verify(!page.findings.noWalksMatch)
            tryVerify(() => child(page, "headlineCard").visible)
            // One leader through the picker: the CFO's four walks.
            const box = child(page, "leaderFilter")
            tap(box)
            tryVerify(() => box.popup.opened)
            const entry = child(box.popup.contentItem, "filterEntry_1")
            mouseClick(entry)
            settled(page)
            compare(page.findings.walks, 4)
            page.findings.clearFilter()
            settled(page)
            compare(page.findings.walks, 8)
        }

        function test_3_heatMapCellToFailuresToWalksToSummary() {
            const page = overview()
            tap(child(page, "openJourneysButton"))
            const journeys = pageOn("reviewJourneysPage")
            const cell = child(journeys, "heatCell_sales-call")
            compare(child(cell, "heatPass_sales-call").text, "50% pass")
            tap(cell)
            const touchpoint = pageOn("reviewTouchpointPage")
            compare(touchpoint.title, "Call to the sales line")
            const failure = child(touchpoint, "criterion_0")
            verify(failure.Accessible.name.indexOf("Failed in 50% (4 of 8)") > 0)
            verify(child(touchpoint, "quote_0").Accessible.name.indexOf("I gave my migration code twice") > 0)
            tap(failure)
            const walks = pageOn("reviewWalksPage")
            tryCompare(child(walks, "walksList"), "count", 4)
            tap(child(walks, "walkRow_walk-q3-6"))
            const summary = pageOn("reviewSummaryPage")
            compare(summary.title, "Switching to us from another provider")
        }

        function test_4_headlineDrillsDownToItsWalks() {
            const page = overview()
            tap(child(page, "headline_nps"))
            const walks = pageOn("reviewWalksPage")
            compare(walks.title, "NPS")
            tryCompare(child(walks, "walksList"), "count", 8)
        }

        function test_5_departmentsAndSiloMap() {
            let page = overview()
            tap(child(page, "departmentRank_sales"))
            const departments = pageOn("reviewDepartmentsPage")
            compare(departments.department, "sales")
            tryVerify(() => child(departments, "departmentSection_pain").visible)
            const handedTo = child(departments, "departmentRow_handedTo_2")
            verify(handedTo.Accessible.name.indexOf("4 handoffs") > 0)
            page = overview()
            tap(child(page, "openSiloMapButton"))
            const silo = pageOn("reviewSiloMapPage")
            const cell = child(silo, "siloCell_sales_billing")
            verify(cell.Accessible.name.indexOf("4 handoffs, 4 repeats after") > 0)
            tap(cell)
            tryCompare(child(pageOn("reviewWalksPage"), "walksList"), "count", 4)
        }

        function cleanup() {
            AppController.settings.language = "en"
            root.width = 1440
            root.height = 900
        }

        // The walks page opened from `item` lists as many walks as the figure's n.
        function drillsDownTo(item, n) {
            verify(n > 0, item.objectName + " stands for walks")
            tap(item)
            tryCompare(child(pageOn("reviewWalksPage"), "walksList"), "count", n, 5000, item.objectName)
            stack.pop(StackView.Immediate)
        }
        function rowOf(page, kind, from) {
            for (let p = from; p < 40; ++p) {
                const row = findChild(page, "departmentRow_" + kind + "_" + p)
                if (row)
                    return row
            }
            return null
        }

        // Overview, Departments and Silo map: every figure opens the walks behind it.
        function test_7_everyFigureOpensItsWalks() {
            let page = overview()
            const pain = child(page, "painPoint_0")
            drillsDownTo(pain, pain.frequency)
            const leader = child(page, "leader_0")
            drillsDownTo(leader, leader.walks)
            tap(child(page, "departmentRank_customer_care"))
            const departments = pageOn("reviewDepartmentsPage")
            for (const kind of ["pain", "moment", "touchpoint", "handedTo"]) {
                tryVerify(() => child(departments, "departmentSection_" + kind).visible, 5000, kind)
                const row = rowOf(departments, kind, 0)
                verify(row !== null, "a " + kind + " row")
                drillsDownTo(row, row.count)
            }
            for (const figure of ["painPoints", "memorableMoments", "handoffsOut"]) {
                const chip = child(departments, "departmentFigure_" + figure)
                drillsDownTo(chip, chip.walks)
            }
            page = overview()
            tap(child(page, "openSiloMapButton"))
            const silo = pageOn("reviewSiloMapPage")
            drillsDownTo(child(silo, "siloFlow_customer_care_network_provisioning"), 2)
        }

        // 390 px: every department's name is whole in the matrix, and the matrix fits.
        function test_8_siloMapNamesWholeOnAPhone_data() {
            return [{tag: "en", language: "en"}, {tag: "it", language: "it"}]
        }
        function test_8_siloMapNamesWholeOnAPhone(data) {
            AppController.settings.language = data.language
            root.width = 390
            root.height = 844
            tap(child(overview(), "openSiloMapButton"))
            const silo = pageOn("reviewSiloMapPage")
            const matrix = child(silo, "siloMatrix")
            for (const id of ["billing", "customer_care", "network_provisioning", "sales"]) {
                for (const prefix of ["siloColumn_", "siloRow_"]) {
                    const label = child(silo, prefix + id)
                    tryVerify(() => label.width > 0 && !label.truncated, 5000, prefix + id + " whole: " + label.text)
                }
            }
            verify(matrix.contentWidth <= matrix.width, "the matrix fits 390 px")
        }

        // A cell: its pass rate, and its time against the SLA (the phase with the target),
        // in words and figures; as tall as the cell with the most text, in either language
        // and at either size (the words wrap differently).
        function test_9_heatCellPassAndTimeAgainstSla_data() {
            return [{tag: "en-desktop", language: "en", width: 1440, height: 900},
                    {tag: "it-phone", language: "it", width: 390, height: 844}]
        }
        function test_9_heatCellPassAndTimeAgainstSla(data) {
            tap(child(overview(), "openJourneysButton"))
            const journeys = pageOn("reviewJourneysPage")
            AppController.settings.language = data.language
            root.width = data.width
            root.height = data.height
            const cell = child(journeys, "heatCell_sales-call")
            if (data.language === "en") {
                compare(child(cell, "heatPass_sales-call").text, "50% pass")
                compare(child(cell, "heatSla_sales-call").text, "Queue / hold: median 06:40, SLA 3 min")
                compare(child(cell, "heatMissed_sales-call").text, "SLA missed in 50%")
                verify(cell.Accessible.name.indexOf("Queue / hold: median 06:40, SLA 3 min") > 0)
            }
            // Found again on every try: a language change rebuilds the cells.
            const ids = ["offer-page", "sales-call", "router-chat"]
            const heights = () => ids.map(id => child(journeys, "heatCell_" + id).implicitHeight)
            tryVerify(() => {
                const h = child(journeys, "heatCell_sales-call").height
                return h > 0 && Math.abs(h - Math.max(...heights())) <= 1
            }, 5000, "the cells as tall as the most text, no taller: " + heights())
            for (const id of ids) {
                const c = child(journeys, "heatCell_" + id)
                const missed = child(c, "heatMissed_" + id)
                const bottom = missed.mapToItem(c, 0, missed.height).y
                verify(bottom <= c.height - c.bottomPadding + 1, id + ": the last line inside the cell")
            }
        }

        // The calendar's periods from the first walk to today, with or without walks.
        function test_10_periodPickerOffersTheCalendar() {
            const page = overview()
            const now = new Date()
            const currentQuarter = now.getFullYear() + "-Q" + (Math.floor(now.getMonth() / 3) + 1)
            const quarters = page.findings.periodOptions.map(o => o.id)
            verify(quarters.indexOf(currentQuarter) === 0, currentQuarter + " first in " + quarters)
            verify(quarters.indexOf("2026-Q2") > 0 && quarters.indexOf("2026-Q3") > 0, quarters)
            compare(page.findings.periodKey, "2026-Q3") // the newest with walks until one is chosen
            const box = child(page, "periodBox")
            press(box) // by keyboard: a first mouse press on the freshly shown page can be lost
            tryVerify(() => box.popup.opened)
            mouseClick(child(box.popup.contentItem, "filterEntry_0"))
            compare(page.findings.periodKey, currentQuarter)
            settled(page)
            if (currentQuarter !== "2026-Q3") {
                verify(page.findings.noWalksMatch)
                tryVerify(() => child(page, "noWalksMatch").visible)
                // No filter is set: the period alone is empty, so no word of filters to clear.
                verify(!child(page, "clearFiltersButton").visible)
                const reason = child(page, "noWalksReason").text
                verify(reason.indexOf("filter") < 0 && reason.indexOf("filtri") < 0, reason)
                if (ReviewHooks.findingsShotDir.length > 0)
                    shootAll("findings-empty-period")
            }
            press(child(page, "periodKind_month"))
            const months = page.findings.periodOptions.map(o => o.id)
            const currentMonth = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0")
            compare(months[0], currentMonth)
            compare(months[months.length - 1], "2026-04")
            for (let i = 1; i < months.length; ++i) {
                const a = months[i - 1].split("-").map(Number), b = months[i].split("-").map(Number)
                compare(a[0] * 12 + a[1] - (b[0] * 12 + b[1]), 1, months[i - 1] + " follows " + months[i])
            }
            press(child(page, "periodKind_quarter"))
            settled(page)
            compare(page.findings.periodKey, "2026-Q3")
        }

        // Every dashboard page in four looks at two sizes, when screenshots are wanted.
        function shootAll(name) {
            for (const look of [["en", "light"], ["it", "dark"], ["it", "light"], ["en", "dark"]]) {
                AppController.settings.language = look[0]
                AppController.settings.themeMode = look[1]
                for (const size of [[390, 844, "phone"], [1440, 900, "desktop"]]) {
                    root.width = size[0]
                    root.height = size[1]
                    wait(250)
                    grabImage(root).save(ReviewHooks.findingsShotDir + "/" + name + "-" + look.join("-")
                                         + "-" + size[2] + ".png")
                }
            }
            AppController.settings.language = "en"
            AppController.settings.themeMode = "light"
            root.width = 1440
            root.height = 900
            wait(100)
        }

        function test_6_screenshots() {
            if (ReviewHooks.findingsShotDir.length === 0)
                skip("ITS_SCREENSHOT_DIR is not set")
            let page = overview()
            child(page, "overviewFlickable").contentY = 0
            shootAll("findings-overview")
            const flick = child(page, "overviewFlickable")
            flick.contentY = child(page, "painPointsCard").mapToItem(flick.contentItem, 0, 0).y
            shootAll("findings-overview-pain")
            flick.contentY = child(page, "participationCard").mapToItem(flick.contentItem, 0, 0).y
            shootAll("findings-overview-participation")
            flick.contentY = 0
            tap(child(page, "openJourneysButton"))
            pageOn("reviewJourneysPage")
            shootAll("findings-journeys")
            tap(child(stack.currentItem, "heatCell_sales-call"))
            pageOn("reviewTouchpointPage")
            shootAll("findings-touchpoint")
            tap(child(stack.currentItem, "criterion_0"))
            pageOn("reviewWalksPage")
            shootAll("findings-walks")
            page = overview()
            tap(child(page, "openDepartmentsButton"))
            pageOn("reviewDepartmentsPage")
            shootAll("findings-departments")
            page = overview()
            tap(child(page, "openSiloMapButton"))
            pageOn("reviewSiloMapPage")
            shootAll("findings-silo")
            page = overview()
            page.findings.leaders = ["device-cmo"]
            settled(page)
            shootAll("findings-no-walks")
            page.findings.clearFilter()
            settled(page)
        }
    }
}
