// STUB (to be replaced by the eval module owner).
#include "eval/rouge.h"
