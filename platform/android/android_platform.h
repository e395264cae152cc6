#pragma once
#include "platform.h"

namespace its::platform {
Platform makeAndroidPlatform();
}
