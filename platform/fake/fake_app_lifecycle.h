#pragma once
// AppLifecycle the tests drive by hand.

#include "app_lifecycle.h"

namespace its::platform {

class FakeAppLifecycle final : public AppLifecycle
{
    Q_OBJECT
public:
    using AppLifecycle::AppLifecycle;
    bool isForeground() const override { return m_foreground; }
    void setForeground(bool foreground)
    {
        if (foreground == m_foreground)
            return;
        m_foreground = foreground;
        emit foregroundChanged(foreground);
    }

private:
    bool m_foreground = true;
};

} // namespace its::platform
