// Which groups may be shown on their own, for one set of answers: the one rule every view that
// shows a whole beside its parts goes through (belief, trend, difference, statements, the Balcony
// view, each room's published summary, the rooms board and every export).
//
// A group with fewer answers than the threshold is folded into "other groups". Folding alone is
// not enough: shown beside the whole room, the groups left out can be recovered by subtraction
// (4 Health and 2 Police: the room minus Health is Police). So the folded remainder must itself
// hold at least the threshold; while it does not, the smallest group still shown is folded too,
// until the remainder reaches the threshold or no group is shown on its own.
#pragma once

#include <string>
#include <vector>

namespace balcony::core {

inline constexpr const char* kOtherGroups = "other groups";

struct GroupSize {
  std::string group;
  int answered = 0;
};

struct GroupsShown {
  std::vector<std::string> shown;  // on their own, in the order given
  std::vector<std::string> folded; // merged into "other groups" (or, below the threshold, not shown at all)
  int foldedAnswers = 0;
  bool otherGroups = false; // the folded groups together are shown as "other groups"

  bool isShown(const std::string& group) const;
  // What a `group` member's answer is counted under beside the whole: the group itself, "other
  // groups", or "" (only in the whole room).
  std::string labelOf(const std::string& group) const;
};

// `sizes` in the order the groups are shown (groups with no answers may be left out).
GroupsShown groupsShown(const std::vector<GroupSize>& sizes, int threshold);
// The same for a set of answers given as the group of each: the session's groups in their order,
// then any other (no group chosen, or a group since removed).
GroupsShown groupsShown(const std::vector<std::string>& sessionGroups, const std::vector<std::string>& groupOfEach,
                        int threshold);

} // namespace balcony::core
