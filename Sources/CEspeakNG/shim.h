// The types and constants of libespeak-ng's interface only: the library itself is opened when
// Setara first speaks (EspeakLibrary.swift), not linked, so that commands that never speak do
// not load it and the dozen sound libraries it brings.
#include <espeak-ng/speak_lib.h>
