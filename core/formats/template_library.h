#pragma once
// Loading a folder of journey templates (assets/templates, or a folder the user imports).
// A broken file never hides the good ones: it is reported next to them.

#include "domain/journey.h"

#include <filesystem>
#include <string>
#include <vector>

namespace its {

struct TemplateFileError
{
    std::filesystem::path file;
    std::string jsonPath; // RFC 6901 pointer of the offending field; empty for I/O errors
    std::string message;  // human-readable, includes the path
};

struct TemplateLibrary
{
    std::vector<JourneyTemplate> templates; // in file-name order
    std::vector<TemplateFileError> errors;
};

// Reads one template file. Throws FormatError (unreadable file: path "", message says why).
JourneyTemplate loadTemplateFile(const std::filesystem::path &file);

// Every *.json file directly inside `directory`, sorted by name. A second template with the
// same id and language as an earlier one is reported as an error, not loaded.
// A missing or unreadable directory yields one error and no templates.
TemplateLibrary loadTemplatesFromDirectory(const std::filesystem::path &directory);

} // namespace its
