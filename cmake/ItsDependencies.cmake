# Every dependency comes from Debian 12's archive (see scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)

# SQLCipher through its C API. Never QtSql's SQLite driver: libsqlcipher and libsqlite3 export
# the same symbols and must not be loaded into one process.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
add_library(its_sqlcipher INTERFACE)
target_link_libraries(its_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
target_compile_definitions(its_sqlcipher INTERFACE SQLITE_HAS_CODEC SQLITE_TEMP_STORE=3)

pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(nlohmann_json 3.11 REQUIRED)
# zxing-cpp (libzxing-dev) for invitation QR codes; its CMake package gives ZXing::ZXing.
find_package(ZXing 1.4 REQUIRED)

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Test)
if(ITS_BUILD_APP)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Quick QuickControls2 QuickTest LinguistTools Multimedia)
  find_package(Qt6Keychain REQUIRED)
endif()
if(ITS_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
qt_standard_project_setup()
