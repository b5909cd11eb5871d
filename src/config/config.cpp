#include "config/config.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "core/date.h"
#include "core/png_check.h"
#include "core/sha256.h"
#include "core/yaml.h"

namespace kokuho {

namespace fs = std::filesystem;

// A path a config file gives under `key`: relative to the file's folder, and inside the
// config folder (links resolved) unless the file's `outside_config:` lists the key, so that
// a config copied from elsewhere cannot make a run read or write any file of the system.
static std::string config_path(const std::string& file, const YAML::Node& root, const char* key,
                               std::initializer_list<std::string_view> path_keys) {
    auto path = yaml::resolve_path(file, yaml::required_text(file, root, key));
    bool allowed = false;
    if (auto outside = root["outside_config"]) {
        if (!outside.IsSequence()) yaml::fail(file, outside, "outside_config: expected a list of keys");
        for (const auto& item : outside) {
            auto name = item.as<std::string>();
            if (std::find(path_keys.begin(), path_keys.end(), name) == path_keys.end())
                yaml::fail(file, item, "outside_config: \"" + name + "\" is not a path of this file");
            allowed = allowed || name == key;
        }
    }
    if (allowed) return path;
    std::error_code ec;
    auto folder = fs::weakly_canonical(fs::path(file).parent_path(), ec);
    auto target = fs::weakly_canonical(path, ec);
    auto [end, _] = std::mismatch(folder.begin(), folder.end(), target.begin(), target.end());
    if (ec || end != folder.end())
        yaml::fail(file, root[key], std::string(key) + ": " + path +
                                        " is outside the config folder; list " + key +
                                        " under outside_config: to allow it");
    return path;
}

static insurer_settings load_insurer(const std::string& path) {
    return yaml::within(path, [&] {
        auto d = yaml::load_file(path);
        yaml::check_keys(path, d.root, {"number", "name", "address", "phone", "section", "seal", "outside_config"});
        insurer_settings s;
        s.number = yaml::required_text(path, d.root, "number");
        s.name = yaml::required_text(path, d.root, "name");
        s.address = yaml::required_text(path, d.root, "address");
        s.phone = yaml::text(path, d.root, "phone", "");
        s.section = yaml::text(path, d.root, "section", "");
        if (!yaml::text(path, d.root, "seal", "").empty()) {
            s.seal_path = config_path(path, d.root, "seal", {"seal"});
            if (auto problem = png_problem(s.seal_path); !problem.empty())
            yaml::fail(path, d.root["seal"], "seal: " + s.seal_path + ": " + problem);
        }
        if (s.number.size() != 6 && s.number.size() != 8)
            yaml::fail(path, d.root["number"], "number: 保険者番号 must have 6 or 8 digits");
        if (!std::all_of(s.number.begin(), s.number.end(), [](char c) { return c >= '0' && c <= '9'; }))
            yaml::fail(path, d.root["number"], "number: 保険者番号 must be digits");
        return s;
    });
}

// A mapping under a family's id: that family's options, checked against its declarations
// by the run that uses the family.
static family_option_settings load_family_settings(const std::string& path, const YAML::Node& id,
                                            const YAML::Node& node) {
    family_option_settings family{yaml::where(path, id), {}};
    for (const auto& entry : node) {
        if (!entry.second.IsScalar())
            yaml::fail(path, entry.second, entry.first.as<std::string>() + ": expected a single value");
        family.settings.push_back({entry.first.as<std::string>(), entry.second.as<std::string>(),
                                   yaml::where(path, entry.first), yaml::where(path, entry.second)});
    }
    return family;
}

static void load_cycle_start(const std::string& path, const YAML::Node& root, rule_options& r) {
    auto start = yaml::text(path, root, "cycle_start", "08-01");
    if (start.size() != 5 || start[2] != '-' || !date::parse_iso("2000-" + start))
        yaml::fail(path, root["cycle_start"], "cycle_start: expected MM-DD");
    auto parsed = *date::parse_iso("2000-" + start);
    if (parsed.month() == 2 && parsed.day() == 29)
        yaml::fail(path, root["cycle_start"], "cycle_start: 29 February does not come every year");
    r.cycle_start_month = parsed.month();
    r.cycle_start_day = parsed.day();
}

// rules.yaml, ratio_judgment: the options and amounts of the judgment, each in a range that
// keeps the arithmetic exact (amounts up to 10億円).
static judgment_options load_judgment(const std::string& path, const YAML::Node& node) {
    judgment_options o;
    yaml::check_keys(path, node, {"unknown_income", "standard_income", "taxable_income_limit", "deduction_under_16",
                                  "deduction_16_to_18", "minor_income_limit", "old_proviso_limit",
                                  "income_limit_single", "income_limit_several"});
    auto unknown = yaml::text(path, node, "unknown_income", "pending");
    if (unknown == "provisional_3") o.unknown_income = judgment_options::unknown_income_rule::provisional_3;
    else if (unknown != "pending") yaml::fail(path, node["unknown_income"], "unknown_income: expected pending or provisional_3");
    auto standard = yaml::text(path, node, "standard_income", "ex_officio");
    if (standard == "application") o.standard_income = judgment_options::standard_income_rule::application;
    else if (standard != "ex_officio")
        yaml::fail(path, node["standard_income"], "standard_income: expected ex_officio or application");
    auto amount = [&](const char* key, long long& value) {
        value = yaml::integer(path, node, key, static_cast<int>(value));
        if (value < 0 || value > 1'000'000'000)
            yaml::fail(path, node[key], std::string(key) + ": yen from 0 to 1000000000");
    };
    amount("taxable_income_limit", o.taxable_income_limit);
    amount("deduction_under_16", o.deduction_under_16);
    amount("deduction_16_to_18", o.deduction_16_to_18);
    amount("minor_income_limit", o.minor_income_limit);
    amount("old_proviso_limit", o.old_proviso_limit);
    amount("income_limit_single", o.income_limit_single);
    amount("income_limit_several", o.income_limit_several);
    return o;
}

static void load_rules(const std::string& path, config& c) {
    return yaml::within(path, [&] {
        rule_options& r = c.rules;
        if (!fs::exists(path)) return;
        auto d = yaml::load_file(path);
        if (!d.root.IsMap()) yaml::fail(path, d.root, "expected a mapping");
        for (const auto& entry : d.root)
            if (entry.first.as<std::string>() == "ratio_judgment")
                c.judgment = load_judgment(path, entry.second);
            else if (entry.second.IsMap())
                c.family_options[entry.first.as<std::string>()] = load_family_settings(path, entry.first, entry.second);
            else if (!std::set<std::string>{"cycle_start", "certificate_years", "elderly_age", "later_elderly_age",
                                            "preschool_age"}.contains(entry.first.as<std::string>()))
                yaml::fail(path, entry.first, "unknown key \"" + entry.first.as<std::string>() +
                                                  "\": the top level holds cycle_start, certificate_years, elderly_age, "
                                                  "later_elderly_age, preschool_age and ratio_judgment; a family's options "
                                                  "go under its id (families/<id>.yaml, options:)");
        load_cycle_start(path, d.root, r);
        r.certificate_years = yaml::integer(path, d.root, "certificate_years", r.certificate_years);
        if (r.certificate_years < 1 || r.certificate_years > 5)
            yaml::fail(path, d.root["certificate_years"], "certificate_years: the law allows 1 to 5");
        r.elderly_age = yaml::integer(path, d.root, "elderly_age", r.elderly_age);
        r.later_elderly_age = yaml::integer(path, d.root, "later_elderly_age", r.later_elderly_age);
        r.preschool_age = yaml::integer(path, d.root, "preschool_age", r.preschool_age);
        auto at_least = [&](const char* key, int value, int minimum) {
            if (value < minimum)
                yaml::fail(path, d.root[key], std::string(key) + ": must be at least " + std::to_string(minimum));
        };
        auto at_most = [&](const char* key, int value, int maximum) {
            if (value > maximum)
                yaml::fail(path, d.root[key], std::string(key) + ": must be at most " + std::to_string(maximum));
        };
        at_least("preschool_age", r.preschool_age, 1);
        at_most("preschool_age", r.preschool_age, 20);
        at_least("elderly_age", r.elderly_age, 1);
        at_most("elderly_age", r.elderly_age, 120);
        at_least("later_elderly_age", r.later_elderly_age, r.elderly_age + 1);
        at_most("later_elderly_age", r.later_elderly_age, 130);
    });
}

// issue_file_layout: a record layout name for the default family, or family: name.
static void load_issue_file_layouts(const std::string& path, const YAML::Node& node, output_options& o) {
    if (!node) return;
    auto plain = [&](const std::string& name, const YAML::Node& at) {
        if (!std::regex_match(name, std::regex("[A-Za-z0-9_-]+")))
            yaml::fail(path, at, "issue_file_layout: a name in layouts/records/, not a path");
        return name;
    };
    if (node.IsScalar()) {
        o.issue_file_layout[""] = plain(node.as<std::string>(), node);
        o.issue_file_layout_where[""] = yaml::where(path, node);
        return;
    }
    if (!node.IsMap()) yaml::fail(path, node, "issue_file_layout: a layout name, or family: layout name");
    for (const auto& entry : node) {
        auto family = entry.first.as<std::string>();
        o.issue_file_layout[family] = plain(yaml::required_text(path, node, family.c_str()), entry.second);
        o.issue_file_layout_where[family] = yaml::where(path, entry.first);
    }
}

// envelope_by: a list of grouping keys, each once.
static std::vector<std::string> load_envelope_keys(const std::string& path, const YAML::Node& node,
                                                   std::vector<std::string> keys) {
    if (!node) return keys;
    if (!node.IsSequence() || node.size() == 0)
        yaml::fail(path, node, "envelope_by: a list of mail_class, mailing_address, household");
    keys.clear();
    for (const auto& key : node) {
        auto name = key.as<std::string>();
        if (name != "mail_class" && name != "mailing_address" && name != "household")
            yaml::fail(path, key, "envelope_by: \"" + name + "\" is not mail_class, mailing_address or household");
        if (std::find(keys.begin(), keys.end(), name) != keys.end())
            yaml::fail(path, key, "envelope_by: " + name + " is given twice");
        keys.push_back(name);
    }
    // Without an address among the keys, households would share an envelope addressed to one.
    if (std::find(keys.begin(), keys.end(), "mailing_address") == keys.end() &&
        std::find(keys.begin(), keys.end(), "household") == keys.end())
        yaml::fail(path, node, "envelope_by: needs mailing_address or household, so that every envelope has one addressee");
    return keys;
}

static output_options load_output(const std::string& path) {
    return yaml::within(path, [&] {
        output_options o;
        if (!fs::exists(path)) return o;
        auto d = yaml::load_file(path);
        yaml::check_keys(path, d.root, {"certificate_size", "documents_per_pdf", "list_pages_per_pdf", "issue_file_layout",
                                        "substitutions", "mail_class", "envelope_by", "group_readable",
                                        "outside_config"});
        auto size = yaml::text(path, d.root, "certificate_size", "card");
        if (size == "card") o.size = certificate_size::card;
        else if (size == "postcard") o.size = certificate_size::postcard;
        else yaml::fail(path, d.root["certificate_size"], "certificate_size: expected card or postcard");
        o.documents_per_pdf = yaml::integer(path, d.root, "documents_per_pdf", o.documents_per_pdf);
        // A PDF is built in memory before it is written: its size is bounded.
        if (o.documents_per_pdf < 1 || o.documents_per_pdf > 10000)
            yaml::fail(path, d.root["documents_per_pdf"], "documents_per_pdf: from 1 to 10000");
        o.list_pages_per_pdf = yaml::integer(path, d.root, "list_pages_per_pdf", o.list_pages_per_pdf);
        if (o.list_pages_per_pdf < 1 || o.list_pages_per_pdf > 10000)
            yaml::fail(path, d.root["list_pages_per_pdf"], "list_pages_per_pdf: from 1 to 10000");
        load_issue_file_layouts(path, d.root["issue_file_layout"], o);
        o.envelope_by = load_envelope_keys(path, d.root["envelope_by"], o.envelope_by);
        o.group_readable = yaml::flag(path, d.root, "group_readable", o.group_readable);
        if (!yaml::text(path, d.root, "substitutions", "").empty()) {
            o.substitutions_path = config_path(path, d.root, "substitutions", {"substitutions"});
            std::error_code ec;
            if (!fs::is_regular_file(o.substitutions_path, ec) || fs::file_size(o.substitutions_path, ec) > (1u << 20))
                yaml::fail(path, d.root["substitutions"], "substitutions: " + o.substitutions_path +
                                                              ": not a regular file of at most 1 MiB");
        }
        if (auto classes = d.root["mail_class"]) {
            if (!classes.IsMap()) yaml::fail(path, classes, "mail_class: expected form: 郵送区分");
            for (const auto& entry : classes) {
                auto form = entry.first.as<std::string>();
                o.mail_class[form] = yaml::required_text(path, classes, form.c_str());
                o.mail_class_where[form] = yaml::where(path, entry.first);
            }
        }
        return o;
    });
}

static void load_history(const std::string& path, config& c) {
    if (!fs::exists(path)) return;
    yaml::within(path, [&] {
        auto d = yaml::load_file(path);
        yaml::check_keys(path, d.root, {"database", "busy_timeout_seconds", "outside_config"});
        c.history_database = config_path(path, d.root, "database", {"database"});
        c.history_busy_seconds = yaml::integer(path, d.root, "busy_timeout_seconds", c.history_busy_seconds);
        if (c.history_busy_seconds < 1 || c.history_busy_seconds > 3600)
            yaml::fail(path, d.root["busy_timeout_seconds"], "busy_timeout_seconds: from 1 to 3600");
    });
}

// The files that decide what a run prints, by their role: a stray file in the folder or
// the history database's location does not change it.
static std::string fingerprint(const config& c) {
    std::vector<std::pair<std::string, std::string>> files = {
        {"insurer.yaml", (fs::path(c.dir) / "insurer.yaml").string()},
        {"rules.yaml", (fs::path(c.dir) / "rules.yaml").string()},
        {"output.yaml", (fs::path(c.dir) / "output.yaml").string()},
        {"seal", c.insurer.seal_path},
        {"substitutions", c.output.substitutions_path},
        {"towns", (fs::path(c.dir) / "towns.csv").string()},
    };
    sha256 hash;
    for (const auto& [role, path] : files) {
        hash.update(role);
        hash.update(std::string_view("\0", 1));
        hash.update(!path.empty() && fs::exists(path) ? sha256_file(path) : "none");
    }
    return hash.hex_digest();
}

config load_config(const std::string& dir) {
    if (!fs::is_directory(dir)) fail_input({dir}, "config folder not found");
    config c;
    c.dir = fs::absolute(dir).lexically_normal().string();
    c.insurer = load_insurer((fs::path(c.dir) / "insurer.yaml").string());
    load_rules((fs::path(c.dir) / "rules.yaml").string(), c);
    c.output = load_output((fs::path(c.dir) / "output.yaml").string());
    c.inquiry = load_inquiry_settings((fs::path(c.dir) / "inquiry.yaml").string());
    load_history((fs::path(c.dir) / "history.yaml").string(), c);
    c.fingerprint = fingerprint(c);
    return c;
}

}  // namespace kokuho
