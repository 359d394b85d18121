# A second build folder configured with -DHEADROOM_SANITIZE=ON runs the whole suite under
# AddressSanitizer and UndefinedBehaviorSanitizer (see packaging/run-tests.sh).
if(HEADROOM_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
