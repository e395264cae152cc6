#include "formats/template_library.h"

#include "formats/format_error.h"
#include "formats/template_json.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

namespace its {

namespace fs = std::filesystem;

JourneyTemplate loadTemplateFile(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw FormatError("", "cannot open " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw FormatError("", "cannot read " + file.string());
    return parseTemplate(text.str());
}

TemplateLibrary loadTemplatesFromDirectory(const fs::path &directory)
{
    TemplateLibrary library;
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
        if (it->path().extension() != ".json")
            continue;
        // A file we cannot even stat (a dangling link) is kept, so that it is reported below
        // as that file's error instead of failing the whole listing.
        std::error_code typeError;
        if (it->is_regular_file(typeError) || typeError)
            files.push_back(it->path());
    }
    if (error) {
        library.errors.push_back(
            {directory, "", "cannot list " + directory.string() + ": " + error.message()});
        return library;
    }
    std::sort(files.begin(), files.end());

    std::set<std::pair<std::string, std::string>> loaded; // (id, language)
    for (const auto &file : files) {
        try {
            auto journey = loadTemplateFile(file);
            if (!loaded.emplace(journey.id, journey.language).second) {
                library.errors.push_back({file, "/id",
                                          file.filename().string() + ": template \"" + journey.id +
                                              "\" (" + journey.language +
                                              ") is already defined by another file"});
                continue;
            }
            library.templates.push_back(std::move(journey));
        } catch (const FormatError &formatError) {
            library.errors.push_back(
                {file, formatError.path(), file.filename().string() + ": " + formatError.what()});
        }
    }
    return library;
}

} // namespace its
