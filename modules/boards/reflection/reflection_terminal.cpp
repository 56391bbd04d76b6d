// Reflection from the terminal: open a stage of the learning cycle (with a lens), close it, list
// what was shared, approve or hide it.
#include "reflection/reflection_terminal.hpp"

#include <future>
#include <memory>

namespace balcony::app {

BoardTerminal terminalPart(std::type_identity<core::ReflectionBoard>) {
  BoardTerminal t;
  t.commands.push_back(
      {"reflect",
       "reflect STAGE [LENS] (experience, observation, sense-making, planning; biographer, historian, "
       "aerial photographer, story-teller, sage)",
       [](std::istream& args, const std::string&, TerminalContext& ctx) {
         std::string stageName;
         args >> stageName;
         const auto stage = core::reflectionStageFromName(stageName);
         if (!stage) {
           ctx.error("reflect STAGE [LENS]: the stage is experience, observation, sense-making or planning");
           return;
         }
         const std::string lensWords = restOfLine(args);
         const auto lens =
             lensWords.empty() ? std::optional<core::Lens>(core::Lens::None) : core::lensFromName(lensWords);
         if (!lens) {
           ctx.error("the lens is biographer, historian, aerial photographer, story-teller or sage");
           return;
         }
         ctx.execute(core::OpenReflection{*stage, {}, *lens}, [&] {
           // Opened: the projector and the phones go to it, as from the console.
           auto shown = std::make_shared<std::promise<void>>();
           ctx.port.submit({0, core::ShowBoard{core::Board::Reflection}},
                           [shown](const core::CommandResult&) { shown->set_value(); });
           shown->get_future().wait();
           return "reflection " + std::to_string(ctx.port.snapshot()->state.currentReflection) + " is open";
         });
       }});
  t.commands.push_back({"reflections", "reflections", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto snapshot = ctx.port.snapshot();
                          const auto& s = snapshot->state;
                          ctx.out << "reflections:";
                          for (const auto& r : s.reflections) {
                            ctx.out << " " << r.id << " "
                                    << (r.status == core::ReflectionStatus::Pending    ? "waiting"
                                        : r.status == core::ReflectionStatus::Approved ? "approved"
                                                                                       : "hidden")
                                    << " " << core::reflectionStageName(r.stage) << " "
                                    << core::dimensionName(r.dimension) << " " << quoted(r.text) << ";";
                          }
                          ctx.out << " untouched:";
                          for (const auto d : core::untouchedDimensions(s))
                            ctx.out << " " << core::dimensionName(d);
                          ctx.out << std::endl;
                        }});
  auto change = [](std::istream& args, const std::string& word, TerminalContext& ctx) {
    int n = 0;
    if (!(args >> n)) {
      ctx.error(word + " needs a reflection number");
      return;
    }
    core::FacilitatorCommandBody command = core::HideReflection{n};
    if (word == "approvereflection") command = core::ApproveReflection{n};
    ctx.execute(std::move(command), [n] { return "reflection " + std::to_string(n) + " updated"; });
  };
  t.commands.push_back({"approvereflection", "approvereflection N", change});
  t.commands.push_back({"hidereflection", "hidereflection N", change});
  t.close = [](TerminalContext& ctx) { ctx.execute(core::CloseReflection{}, [] { return "reflection closed"; }); };
  t.status = [](const core::Snapshot& snapshot, std::ostream& out) {
    const auto& s = snapshot.state;
    if (const auto* round = s.reflectionRound()) {
      out << ", reflection " << round->number << " " << core::reflectionStageName(round->stage)
          << (round->open ? " open" : " closed") << ", " << s.waitingReflections() << " waiting";
    }
  };
  return t;
}

} // namespace balcony::app
