// The rooms board from the terminal: the event link's state, every room (the plenary), asking every
// room at once, and a room's answer to the plenary's request.
#include "rooms/rooms_terminal.hpp"
#include "balcony/core/figures.hpp"

#include "balcony/federation/summary_codec.hpp"

#include <cstdio>

namespace balcony::app {
namespace {

std::string means(const core::RoomSummary& s) {
  std::string out;
  for (const auto& b : s.beliefs) {
    out += " " + (b.overall.answered > 0 ? core::meanFigure(b.overall.mean) : std::string("-"));
  }
  return out.empty() ? " none" : out;
}

void linkLine(const core::EventLinkView& link, std::ostream& out) {
  out << "event " << link.event << " as " << (link.role == core::EventRole::Plenary ? "plenary" : "room " + link.room)
      << ", broker " << link.broker << ": " << (link.connected ? "connected" : "not connected");
  if (link.role == core::EventRole::Room) out << ", " << link.published << " summaries sent";
  if (link.request) out << ", request " << link.request->id << " waiting (accept or decline)";
  if (!link.problem.empty()) out << "; " << printable(link.problem);
}

} // namespace

BoardTerminal terminalPart(std::type_identity<core::RoomsBoard>) {
  BoardTerminal t;
  t.commands.push_back(
      {"event", "event", [](std::istream&, const std::string&, TerminalContext& ctx) {
         const auto snapshot = ctx.port.snapshot();
         if (!snapshot->event) {
           ctx.out << "event: none (type 'join EVENT ROOM ADDRESS:PORT PASSWORD', or start with --event)" << std::endl;
           return;
         }
         ctx.out << "event: ";
         linkLine(*snapshot->event, ctx.out);
         ctx.out << std::endl;
       }});
  t.commands.push_back({"join", "join EVENT ROOM|plenary ADDRESS:PORT PASSWORD",
                        [](std::istream& args, const std::string&, TerminalContext& ctx) {
                          if (ctx.event == nullptr) return ctx.error("this build cannot join an event");
                          core::EventJoin join;
                          args >> join.event >> join.room >> join.broker >> join.password;
                          if (join.broker.empty()) return ctx.error("join EVENT ROOM|plenary ADDRESS:PORT PASSWORD");
                          if (join.room == "plenary") join.role = core::EventRole::Plenary;
                          const auto problem = ctx.event->join(join);
                          if (!problem.empty()) return ctx.error(problem);
                          ctx.out << "ok: joining event " << join.event << " (type 'event' to see the link)"
                                  << std::endl;
                        }});
  t.commands.push_back({"leave", "leave", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          if (ctx.event == nullptr || !ctx.port.snapshot()->event) {
                            return ctx.error("this Balcony is not part of an event");
                          }
                          ctx.event->leave();
                          ctx.out << "ok: left the event; this room's meeting goes on" << std::endl;
                        }});
  t.commands.push_back({"rooms", "rooms", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto snapshot = ctx.port.snapshot();
                          const auto rooms = snapshot->event && snapshot->event->role == core::EventRole::Plenary
                                                 ? snapshot->event->rooms
                                                 : federation::keptRooms(snapshot->state);
                          ctx.out << "rooms: " << rooms.size();
                          for (const auto& r : rooms) {
                            ctx.out << "; " << r.summary.room << " " << core::roomLinkName(r.link) << " version "
                                    << r.summary.version << " people " << r.summary.participants << " round "
                                    << r.summary.beliefRound << " means" << means(r.summary) << " alerts "
                                    << r.summary.alerts.size() << " clarity " << r.summary.clarity.size();
                          }
                          ctx.out << std::endl;
                        }});
  t.commands.push_back({"askbelief", "askbelief", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          if (ctx.event == nullptr) return ctx.error("this Balcony is not part of an event");
                          const auto problem = ctx.event->askEveryRoom(core::RequestKind::Belief, "", {});
                          if (!problem.empty()) return ctx.error(problem);
                          ctx.out << "ok: asked every room to open a belief check" << std::endl;
                        }});
  t.commands.push_back({"askpoll", "askpoll Question? | Option | Option",
                        [](std::istream& args, const std::string&, TerminalContext& ctx) {
                          if (ctx.event == nullptr) return ctx.error("this Balcony is not part of an event");
                          auto parts = splitBars(restOfLine(args));
                          const std::string question = parts.empty() ? "" : parts.front();
                          if (!parts.empty()) parts.erase(parts.begin());
                          const auto problem = ctx.event->askEveryRoom(core::RequestKind::Poll, question, parts);
                          if (!problem.empty()) return ctx.error(problem);
                          ctx.out << "ok: asked every room: " << printable(question) << std::endl;
                        }});
  auto answer = [](std::istream&, const std::string& word, TerminalContext& ctx) {
    if (ctx.event == nullptr) return ctx.error("this Balcony is not part of an event");
    const auto snapshot = ctx.port.snapshot();
    if (!snapshot->event || !snapshot->event->request) return ctx.error("the plenary has asked nothing that waits");
    ctx.out << "ok: " << ctx.event->answerRequest(word == "accept") << std::endl;
  };
  t.commands.push_back({"accept", "accept", answer});
  t.commands.push_back({"decline", "decline", answer});
  t.commands.push_back(
      {"autoaccept", "autoaccept on|off", [](std::istream& args, const std::string&, TerminalContext& ctx) {
         if (ctx.event == nullptr) return ctx.error("this Balcony is not part of an event");
         std::string v;
         args >> v;
         if (v != "on" && v != "off") return ctx.error("autoaccept on|off");
         ctx.event->setAutoAccept(v == "on");
         ctx.out << "ok: the plenary's requests are " << (v == "on" ? "accepted at once" : "asked first") << std::endl;
       }});
  t.status = [](const core::Snapshot& snapshot, std::ostream& out) {
    if (!snapshot.event || snapshot.event->role == core::EventRole::None) return;
    out << ", ";
    linkLine(*snapshot.event, out);
  };
  return t;
}

} // namespace balcony::app
