#include "cli/run_steps.h"

#include <filesystem>

#include "core/process.h"
#include "support/files.h"

namespace kokuho::test {

namespace fs = std::filesystem;

std::string bulk_arguments(const std::string& db) {
    return "annual certificates --snapshot " + source_path("samples/snapshot.csv") +
           " --as-of 2026-07-10 --db " + db;
}

std::string pullout_arguments(const std::string& db) {
    return "annual pullout --batch " + sample_batch + " --snapshot " +
           source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-15 --db " + db;
}

std::string replace_arguments(const std::string& db) {
    return "annual replace --batch " + sample_batch + " --snapshot " +
           source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-15 --db " + db;
}

namespace {

std::string python_sql(const std::string& db, const std::string& sql, const std::string& then) {
    return "python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); r = c.execute(sys.argv[2]); " +
           then + "' " + db + " \"" + sql + "\"";
}

}  // namespace

std::string query(const std::string& db, const std::string& sql) {
    auto r = run(python_sql(db, sql, "print(r.fetchone()[0])"));
    if (r.status != 0) throw std::runtime_error("query failed: " + r.err);
    auto text = r.out;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

void execute(const std::string& db, const std::string& sql) {
    auto r = run(python_sql(db, sql, "c.commit()"));
    if (r.status != 0) throw std::runtime_error("SQL failed: " + r.err);
}

std::vector<run_result> run_at_once(const std::string& command, const std::string& dir,
                                    const std::string& name, int count) {
    std::string script;
    for (int i = 1; i <= count; ++i) {
        auto base = dir + "/" + name + std::to_string(i);
        script += "(" + command + " --out " + base + " >" + base + ".stdout 2>" + base + ".stderr; echo $? >" +
                  base + ".status) & ";
    }
    run(script + "wait");
    std::vector<run_result> results;
    for (int i = 1; i <= count; ++i) {
        auto base = dir + "/" + name + std::to_string(i);
        results.push_back({std::stoi(read_file(base + ".status")), read_file(base + ".stdout"),
                           read_file(base + ".stderr")});
    }
    return results;
}

std::vector<std::string> pulled_seqs(const std::string& folder) {
    std::vector<std::string> seqs;
    for (const auto& line : read_jsonl(folder + "/pullouts.jsonl")) seqs.push_back(line.at("seq"));
    return seqs;
}

std::string judged(const std::string& folder, const std::string& person_id, const std::string& python_values) {
    auto r = run("python3 -c 'import json, sys\nfor line in open(sys.argv[1]):\n    j = json.loads(line)\n    "
                 "if j[\"person_id\"] == sys.argv[2]: print(" + python_values + ")' " + folder +
                 "/judgments.jsonl " + person_id);
    auto lines = split_lines(r.out);
    if (r.status != 0 || lines.size() != 1) throw std::runtime_error("no judgment of " + person_id + ": " + r.err);
    return lines[0];
}

std::string ended_process() {
    auto token = this_process();
    auto last = token.rfind(':');
    auto middle = token.rfind(':', last - 1);
    return token.substr(0, middle) + ":4194305" + token.substr(last);
}

}  // namespace kokuho::test
