// template import / list / export
#include "cli_io.h"
#include "command.h"
#include "formats/format_error.h"
#include "formats/template_json.h"
#include "formats/template_library.h"
#include "vault/template_store.h"

#include <QDateTime>
#include <nlohmann/json.hpp>

namespace its::cli {
namespace {

int importTemplates(Context &context, const QStringList &files)
{
    if (files.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    TemplateStore store(vault.db());
    int failures = 0;
    for (const QString &file : files) {
        try {
            const JourneyTemplate journey = loadTemplateFile(file.toStdString());
            store.save(journey, QDateTime::currentMSecsSinceEpoch());
            context.out << "imported " << journey.id << " (" << journey.language << ") "
                        << journey.name << "\n";
        } catch (const std::exception &error) {
            // One bad file must not stop the good ones.
            context.err << "error: " << file.toStdString() << ": " << error.what() << "\n";
            ++failures;
        }
    }
    return failures == 0 ? kExitOk : kExitFailure;
}

int listTemplates(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    for (const TemplateHeader &header : TemplateStore(vault.db()).list()) {
        std::string channels;
        for (Channel channel : header.channels)
            channels += (channels.empty() ? "" : ",") + std::string(toString(channel));
        context.out << header.id << "\t" << header.language << "\t" << header.sector << "\t"
                    << channels << "\t" << header.name << "\n";
    }
    return kExitOk;
}

int exportTemplate(Context &context, const QStringList &args)
{
    if (args.size() != 2)
        return kExitUsage;
    Vault vault = openVault(context);
    const JourneyTemplate journey = TemplateStore(vault.db()).load(args[0].toStdString());
    writeFileAtomically(context, args[1], templateToJson(journey).dump(2) + "\n");
    return kExitOk;
}

} // namespace

std::vector<Command> templateCommands()
{
    return {
        {"template import", "FILE...", "import journey template files", importTemplates},
        {"template list", "", "list the vault's journey templates", listTemplates},
        {"template export", "ID FILE|-", "export a template as JSON", exportTemplate},
    };
}

} // namespace its::cli
