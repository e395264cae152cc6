pragma Singleton
import QtQuick
import InTheirShoes

// Design tokens for every component and page. Values come from theme.json (one place);
// `dark` follows AppController (settings: system / light / dark).
QtObject {
    id: theme

    readonly property bool dark: AppController.darkTheme
    readonly property ThemeSource source: ThemeSource {}

    // Colors: text on background/surface and on* pairs meet WCAG AA.
    readonly property color background: source.color("background", dark)
    readonly property color surface: source.color("surface", dark)
    readonly property color surfaceAlt: source.color("surfaceAlt", dark)
    readonly property color border: source.color("border", dark)
    readonly property color divider: source.color("divider", dark)
    readonly property color text: source.color("text", dark)
    readonly property color textMuted: source.color("textMuted", dark)
    readonly property color primary: source.color("primary", dark)
    readonly property color inkOnPrimary: source.color("inkOnPrimary", dark)
    readonly property color primarySoft: source.color("primarySoft", dark)
    readonly property color inkOnPrimarySoft: source.color("inkOnPrimarySoft", dark)
    readonly property color danger: source.color("danger", dark)
    readonly property color inkOnDanger: source.color("inkOnDanger", dark)
    readonly property color dangerSoft: source.color("dangerSoft", dark)
    readonly property color inkOnDangerSoft: source.color("inkOnDangerSoft", dark)
    readonly property color warning: source.color("warning", dark)
    readonly property color warningSoft: source.color("warningSoft", dark)
    readonly property color inkOnWarningSoft: source.color("inkOnWarningSoft", dark)
    readonly property color success: source.color("success", dark)
    readonly property color successSoft: source.color("successSoft", dark)
    readonly property color inkOnSuccessSoft: source.color("inkOnSuccessSoft", dark)
    readonly property color focus: source.color("focus", dark)
    readonly property color scrim: source.color("scrim", dark)
    // Charts: a colour-blind-safe palette (Okabe-Ito hues: bluish green, orange, vermillion for
    // good / mixed / poor cells; blue bars, a vermillion or orange mark). Colour never carries
    // meaning alone: every cell and bar shows its number too. inkOnChart reads on the three fills.
    readonly property color chartGood: source.color("chartGood", dark)
    readonly property color chartMixed: source.color("chartMixed", dark)
    readonly property color chartPoor: source.color("chartPoor", dark)
    readonly property color inkOnChart: source.color("inkOnChart", dark)
    readonly property color chartBar: source.color("chartBar", dark)
    readonly property color chartTrack: source.color("chartTrack", dark)
    readonly property color chartMark: source.color("chartMark", dark)

    // Spacing
    readonly property real spacingXs: source.metric("spacing", "xs")
    readonly property real spacingS: source.metric("spacing", "s")
    readonly property real spacingM: source.metric("spacing", "m")
    readonly property real spacingL: source.metric("spacing", "l")
    readonly property real spacingXl: source.metric("spacing", "xl")
    readonly property real spacingXxl: source.metric("spacing", "xxl")

    // Corner radii
    readonly property real radiusS: source.metric("radius", "s")
    readonly property real radiusM: source.metric("radius", "m")
    readonly property real radiusL: source.metric("radius", "l")
    readonly property real radiusPill: source.metric("radius", "pill")

    // Type scale (pixel sizes)
    readonly property real fontCaption: source.metric("type", "caption")
    readonly property real fontBody: source.metric("type", "body")
    readonly property real fontBodyLarge: source.metric("type", "bodyLarge")
    readonly property real fontTitle: source.metric("type", "title")
    readonly property real fontHeadline: source.metric("type", "headline")
    readonly property real fontDisplay: source.metric("type", "display")

    // Sizes: every control is at least touchTarget high and wide.
    readonly property real touchTarget: source.metric("size", "touchTarget")
    readonly property real largeTouchTarget: source.metric("size", "largeTouchTarget")
    readonly property real navRailWidth: source.metric("size", "navRailWidth")
    readonly property real maxContentWidth: source.metric("size", "maxContentWidth")
    readonly property real splitBreakpoint: source.metric("size", "splitBreakpoint")
}
