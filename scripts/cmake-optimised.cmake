# CMake toolchain file for the C libraries that -sys crates build with cmake
# (libaom, through libaom-sys). Cargo points cmake at it (.cargo/config.toml).
#
# libaom-sys asks cmake for a Debug build for every cargo profile but
# release: -O0 with debug info, and libaom's own CONFIG_DEBUG. AVIF encodes
# in the tests would run many times slower, and the build would take
# longer. Build it as Release whatever cargo's profile.
set(CMAKE_BUILD_TYPE Release CACHE STRING "" FORCE)
