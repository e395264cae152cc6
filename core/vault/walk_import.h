#pragma once
// Restores a walk from the executive's own backup (formats/walk_json.h) with its original ids,
// in one transaction: either the whole walk lands or nothing does.

#include "database.h"
#include "domain/walk.h"

namespace its {

// Throws AlreadyExists when a walk with that id is in the database (a restore never
// overwrites), InvalidInput for a walk without an id.
void importWalk(Database &db, const Walk &walk);

} // namespace its
