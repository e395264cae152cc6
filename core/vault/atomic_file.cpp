#include "atomic_file.h"

#include "vault_error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace its {
namespace {

[[noreturn]] void fail(const std::string &what, int error)
{
    const bool full = error == ENOSPC || error == EFBIG || error == EDQUOT;
    throw VaultError(full ? VaultErrorCode::DiskFull : VaultErrorCode::Io,
                     what + ": " + std::strerror(error));
}

// Closes the descriptor (and removes the temp file unless released) on every path.
struct TempFile
{
    int fd = -1;
    std::string path;
    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.empty())
            ::unlink(path.c_str());
    }
};

} // namespace

void writeFileAtomically(const std::filesystem::path &target, std::string_view content)
{
    const std::filesystem::path dir =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string pattern = (dir / (target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    TempFile temp;
    temp.fd = ::mkstemp(name.data()); // mode 0600
    if (temp.fd < 0)
        fail("cannot create a temporary file in " + dir.string(), errno);
    temp.path = name.data();
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(temp.fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail("cannot write " + target.filename().string(), n < 0 ? errno : ENOSPC);
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(temp.fd) != 0)
        fail("cannot flush " + target.filename().string() + " to disk", errno);
    ::close(temp.fd);
    temp.fd = -1;
    if (::rename(temp.path.c_str(), target.c_str()) != 0)
        fail("cannot replace " + target.string(), errno);
    temp.path.clear(); // renamed: nothing to remove
    // The rename itself is only durable once the directory entry is on disk.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        const int rc = ::fsync(dirFd);
        const int error = errno;
        ::close(dirFd);
        if (rc != 0)
            fail("cannot flush the folder " + dir.string(), error);
    }
}

std::string readWholeFile(const std::filesystem::path &path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw VaultError(VaultErrorCode::NotFound, "missing file " + path.string());
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw VaultError(VaultErrorCode::Io, "cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad())
        throw VaultError(VaultErrorCode::Io, "cannot read " + path.string());
    return out.str();
}

} // namespace its
