#pragma once
// One received summary as the inbox shows it: scores per contact, pain points grouped by
// department, and customer time per phase (summed over contacts). Pure: no vault, no QML.

#include "scoring/figure.h"
#include "scoring/summary.h"

#include <QVariantMap>

namespace review {

// {journeyName, finishedMs, totalCustomerMs, contactsNeeded, totalEffort, firstContactResolution,
//  recommend (or null), effort (or null), contacts: [{name, channel, department, outcome, score
//  (or null), passed, totalMs}], painPoints: [{department, items: [{theme, severity,
//  touchpoint}]}], memorableCount, phases: [{phase, ms}]}
QVariantMap summaryDetail(const its::WalkSummary &summary);

// {value (null when n is 0), n, smallSample}
QVariantMap figureMap(const its::Figure &figure);

} // namespace review
