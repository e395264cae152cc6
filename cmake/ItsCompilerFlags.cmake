# Warnings and hardening shared by every target of the project (not third-party code).
add_library(its_warnings INTERFACE)
target_compile_options(its_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wdouble-promotion
  -Wformat=2 -Wimplicit-fallthrough)
if(ITS_WERROR)
  target_compile_options(its_warnings INTERFACE -Werror)
endif()

# Hardening in the spirit of KeePassXC: fortified libc calls, stack protector, full RELRO, PIE.
add_library(its_hardening INTERFACE)
target_compile_options(its_hardening INTERFACE -fstack-protector-strong -fstack-clash-protection -fcf-protection)
if(NOT ITS_SANITIZE)
  target_compile_definitions(its_hardening INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(its_hardening INTERFACE -Wl,-z,relro,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(ITS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
