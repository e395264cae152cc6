#pragma once
// One received summary as the review shows it: everything the executive shared, with ids kept
// as ids (the page translates departments, phases, themes and outcomes) and the texts the
// summary carries (touchpoint names, criterion texts). Pure: no vault, no QML.

#include "scoring/figure.h"
#include "scoring/summary.h"

#include <QVariantMap>

namespace review {

// {journeyId, journeyName, language, persona, finishedMs, totalCustomerMs, contactsNeeded,
//  totalEffort, firstContactResolution, recommend, effort, csat, wouldStay (each null when not
//  answered), meanScore (null when nothing was scored), failedMustBeCount, handoffCount,
//  repeatCount, missedTargetCount, painPointCount, memorableCount,
//  contacts: [{name, channel, department, outcome, score (or null), passed, totalMs, attempt,
//    failedMustBe: [text], metDelighters: [text], handoffs: [{from, to}], repeatCount,
//    missedTargets: [{phase, targetMs, actualMs}], shareableNote}],
//  painPoints: [{department, items: [{theme, text, severity, touchpoint}]}],
//  memorable: [{department, theme, text, severity, touchpoint}],
//  notes: [{touchpoint, note}],
//  emotion: {points: [{value, label}], peakIndex, lowIndex, endIndex},
//  phases: [{phase, ms}]}
// ReviewInboxModel::detail adds executive, revision and photos: [{photoId, touchpoint, caption,
// source}] (data: URLs of the photos that travelled with the walk).
// A moment's `text` is its criterion's text when a criterion raised it, else "" (the page then
// translates `theme`). Criteria of summaries older than format version 3 carry no text: their
// id is shown as words ("human-reachable" -> "Human reachable").
QVariantMap summaryDetail(const its::WalkSummary &summary);

// The mean of the touchpoint scores (0..100) of a walk's scored contacts; nullopt if none.
std::optional<double> meanScore(const its::WalkSummary &summary);
int painPointCount(const its::WalkSummary &summary);

// {value (null when n is 0), n, smallSample}
QVariantMap figureMap(const its::Figure &figure);

} // namespace review
