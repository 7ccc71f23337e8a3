# Every third-party dependency, found once. scripts/install-deps.sh installs the Debian
# packages named beside each line.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(OpenSSL REQUIRED)                                # libssl-dev
find_package(yaml-cpp REQUIRED)                               # libyaml-cpp-dev
find_package(nlohmann_json 3.10 REQUIRED)                     # nlohmann-json3-dev
find_package(CLI11 REQUIRED)                                  # libcli11-dev
find_package(fmt REQUIRED)                                    # libfmt-dev
find_package(spdlog REQUIRED)                                 # libspdlog-dev
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)   # libsqlite3-dev
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)  # libicu-dev
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)  # libsodium-dev
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)           # libre2-dev
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)  # libpoppler-cpp-dev
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)  # libxml2-dev
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)  # libcpp-httplib-dev

# Snowball stemmers (libstemmer-dev) ship no pkg-config file.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(Snowball::stemmer UNKNOWN IMPORTED)
set_target_properties(Snowball::stemmer PROPERTIES IMPORTED_LOCATION "${STEMMER_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")

if(MIZAN_BUILD_TESTS)
  find_package(GTest REQUIRED)                                # libgtest-dev
endif()
if(MIZAN_BUILD_BENCH)
  find_package(benchmark REQUIRED)                            # libbenchmark-dev
  pkg_check_modules(XAPIAN REQUIRED IMPORTED_TARGET xapian-core)  # libxapian-dev
endif()
