# A second build folder configured with -DHEADROOM_SANITIZE=ON runs the whole suite under
# AddressSanitizer and UndefinedBehaviorSanitizer (see packaging/run-tests.sh).
if(HEADROOM_SANITIZE)
    # float-cast-overflow is not part of gcc's "undefined": a double beyond the target integer
    # (Inf, NaN, 1e300 from a hostile payload) cast to an integer must stop the tests too.
    add_compile_options(-fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined,float-cast-overflow)
    add_link_options(-fsanitize=address,undefined,float-cast-overflow)
endif()
