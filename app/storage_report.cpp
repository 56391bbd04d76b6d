// Storage trouble on the terminal: one line when answers stop being saved, one when they are saved
// again, not one per rejected batch (a full disk under a burst of answers fails many batches).
#include "storage_report.hpp"

#include <memory>
#include <ostream>
#include <utility>

namespace balcony::app {

store::Engine::Listener storageReport(std::ostream& out) {
  struct Seen {
    bool failing = false;
    int failed = 0;
    int present = 0;
  };
  // Listeners run on the engine thread only, one after another: no lock needed.
  auto seen = std::make_shared<Seen>();
  return [seen, &out](const core::SnapshotPtr& snapshot) {
    const int present = std::exchange(seen->present, snapshot->present);
    if (!snapshot->storageError.empty()) {
      ++seen->failed;
      if (!seen->failing) {
        seen->failing = true;
        out << "balcony: WARNING: " << snapshot->storageError
            << ". Participants are told their answers were not saved; nothing they were told is saved is lost. "
               "Free disk space or check the database file: answers are saved again as soon as it can be written."
            << std::endl;
      }
    } else if (seen->failing && snapshot->present == present) {
      // A snapshot without an error follows a batch that was saved, or only a change in who is
      // connected (that one says nothing about the disk, so it is not taken as good news).
      seen->failing = false;
      out << "balcony: answers are being saved again (" << seen->failed
          << " attempts to save failed meanwhile; those participants were told to answer again)" << std::endl;
      seen->failed = 0;
    }
  };
}

} // namespace balcony::app
