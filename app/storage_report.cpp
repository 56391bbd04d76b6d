// Trouble on the terminal: one line when answers stop being saved, one when they are saved again,
// not one per rejected batch (a full disk under a burst of answers fails many batches); and each
// new warning from the network side (repeated wrong room codes), once.
#include "storage_report.hpp"

#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace balcony::app {

engine::Engine::Listener storageReport(std::ostream& out) {
  struct Seen {
    bool failing = false;
    int failed = 0;
    std::vector<core::NetworkNotice> notices;
  };
  // Listeners run on the engine thread only, one after another: no lock needed. The engine keeps
  // the error on every snapshot until a batch is saved again, so its absence is good news.
  auto seen = std::make_shared<Seen>();
  return [seen, &out](const core::SnapshotPtr& snapshot) {
    // What the network side wants the facilitator to know (repeated wrong room codes): each new
    // line once.
    for (const auto& notice : snapshot->networkNotices) {
      if (std::find(seen->notices.begin(), seen->notices.end(), notice) == seen->notices.end()) {
        out << "balcony: WARNING: " << notice.text << std::endl;
      }
    }
    seen->notices = snapshot->networkNotices;
    if (!snapshot->storageError.empty()) {
      seen->failed = snapshot->failedSaves;
      if (!seen->failing) {
        seen->failing = true;
        out << "balcony: WARNING: " << snapshot->storageError
            << ". Participants are told their answers were not saved; nothing they were told is saved is lost. "
               "Free disk space or check the database file: answers are saved again as soon as it can be written."
            << std::endl;
      }
    } else if (seen->failing) {
      seen->failing = false;
      out << "balcony: answers are being saved again (" << seen->failed
          << " attempts to save failed meanwhile; those participants were told to answer again)" << std::endl;
      seen->failed = 0;
    }
  };
}

} // namespace balcony::app
