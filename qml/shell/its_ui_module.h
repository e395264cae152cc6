#pragma once
// Include in exactly ONE source file of every executable that uses the InTheirShoes QML module
// (the app, the QML tests, the benchmark): its_ui is a static library, so its QML plugin must be
// imported explicitly. Link `its_ui` and `its_uiplugin`.

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(InTheirShoesPlugin)
