#pragma once
// Permissions with statuses the test sets; a request answers what was configured for it.

#include "permissions.h"

#include <map>

namespace its::platform {

class FakePermissions final : public Permissions
{
public:
    void setAnswer(Permission permission, PermissionStatus answer)
    {
        m_answers[permission] = answer;
    }
    int requestCount() const { return m_requests; }

    PermissionStatus status(Permission permission) const override
    {
        const auto it = m_statuses.find(permission);
        return it == m_statuses.end() ? PermissionStatus::Undetermined : it->second;
    }
    void request(Permission permission, std::function<void(PermissionStatus)> done) override
    {
        ++m_requests;
        const auto it = m_answers.find(permission);
        const PermissionStatus answer =
            it == m_answers.end() ? PermissionStatus::Denied : it->second;
        m_statuses[permission] = answer;
        done(answer);
    }

private:
    std::map<Permission, PermissionStatus> m_answers;
    std::map<Permission, PermissionStatus> m_statuses;
    int m_requests = 0;
};

} // namespace its::platform
