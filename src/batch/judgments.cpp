#include "batch/judgments.h"

#include <unordered_map>

namespace kokuho::batch {

void use_judgments(run_input& in, record::history_store& history) {
    std::unordered_map<std::string, record::judgment_row> judged;
    for (auto& row : history.latest_judgments(in.cycle.start.iso())) judged.emplace(row.person_id, std::move(row));
    if (judged.empty()) return;
    for (auto& p : in.snapshot.data.persons) {
        auto found = judged.find(p.person_id);
        if (found == judged.end()) continue;
        const auto& j = found->second;
        // figures is the JSON text judgment_run wrote, with this member spelled just so.
        p.ratio_application_possible =
            j.ratio == "3" && j.figures.find("\"application_possible\": true") != std::string::npos;
        if (!p.ratio) {
            if (j.ratio == "pending") p.ratio_pending = true;
            else p.ratio = j.ratio == "2" ? 2 : 3;
        } else if (j.ratio != "pending" && std::to_string(*p.ratio) != j.ratio) {  // pending judges no ratio
            in.exceptions.push_back({0, p.person_id, "snapshot", "person.ratio", std::to_string(*p.ratio),
                                     "kept; the judgment differs", j.ratio + " (" + j.rule + ", " + j.run_id + ")"});
        }
    }
}

}  // namespace kokuho::batch
