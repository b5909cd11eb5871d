#include "config/config.h"

#include <algorithm>
#include <filesystem>

#include "core/date.h"
#include "core/sha256.h"
#include "core/yaml.h"

namespace kokuho {

namespace fs = std::filesystem;

static insurer_settings load_insurer(const std::string& path) {
    auto d = yaml::load_file(path);
    yaml::check_keys(path, d.root, {"number", "name", "address", "phone", "section", "seal"});
    insurer_settings s;
    s.number = yaml::required_text(path, d.root, "number");
    s.name = yaml::required_text(path, d.root, "name");
    s.address = yaml::required_text(path, d.root, "address");
    s.phone = yaml::text(path, d.root, "phone", "");
    s.section = yaml::text(path, d.root, "section", "");
    auto seal = yaml::text(path, d.root, "seal", "");
    if (!seal.empty()) {
        s.seal_path = yaml::resolve_path(path, seal);
        if (!fs::exists(s.seal_path)) yaml::fail(path, d.root["seal"], "seal image not found: " + s.seal_path);
    }
    if (s.number.size() != 6 && s.number.size() != 8)
        yaml::fail(path, d.root["number"], "number: 保険者番号 must have 6 or 8 digits");
    if (!std::all_of(s.number.begin(), s.number.end(), [](char c) { return c >= '0' && c <= '9'; }))
        yaml::fail(path, d.root["number"], "number: 保険者番号 must be digits");
    return s;
}

static rule_options load_rules(const std::string& path) {
    rule_options r;
    if (!fs::exists(path)) return r;
    auto d = yaml::load_file(path);
    yaml::check_keys(path, d.root,
                     {"cycle_start", "certificate_years", "ecert_grace_months",
                      "ratio_on_certificate", "residence_offset_days", "ratio_numbers_under_70",
                      "arrears_exclusion_age", "elderly_age", "later_elderly_age", "preschool_age"});
    auto start = yaml::text(path, d.root, "cycle_start", "08-01");
    if (start.size() != 5 || start[2] != '-' ||
        !date::parse_iso("2000-" + start))
        yaml::fail(path, d.root["cycle_start"], "cycle_start: expected MM-DD");
    auto parsed = *date::parse_iso("2000-" + start);
    if (parsed.month() == 2 && parsed.day() == 29)
        yaml::fail(path, d.root["cycle_start"], "cycle_start: 29 February does not come every year");
    r.cycle_start_month = parsed.month();
    r.cycle_start_day = parsed.day();
    r.certificate_years = yaml::integer(path, d.root, "certificate_years", r.certificate_years);
    if (r.certificate_years < 1 || r.certificate_years > 5)
        yaml::fail(path, d.root["certificate_years"], "certificate_years: the law allows 1 to 5");
    r.ecert_grace_months = yaml::integer(path, d.root, "ecert_grace_months", r.ecert_grace_months);
    r.ratio_on_certificate = yaml::flag(path, d.root, "ratio_on_certificate", r.ratio_on_certificate);
    r.residence_offset_days = yaml::integer(path, d.root, "residence_offset_days", r.residence_offset_days);
    r.ratio_numbers_under_70 = yaml::flag(path, d.root, "ratio_numbers_under_70", r.ratio_numbers_under_70);
    r.arrears_exclusion_age = yaml::integer(path, d.root, "arrears_exclusion_age", r.arrears_exclusion_age);
    r.elderly_age = yaml::integer(path, d.root, "elderly_age", r.elderly_age);
    r.later_elderly_age = yaml::integer(path, d.root, "later_elderly_age", r.later_elderly_age);
    r.preschool_age = yaml::integer(path, d.root, "preschool_age", r.preschool_age);
    auto at_least = [&](const char* key, int value, int minimum) {
        if (value < minimum)
            yaml::fail(path, d.root[key], std::string(key) + ": must be at least " + std::to_string(minimum));
    };
    at_least("ecert_grace_months", r.ecert_grace_months, 0);
    at_least("residence_offset_days", r.residence_offset_days, 0);
    at_least("preschool_age", r.preschool_age, 1);
    at_least("arrears_exclusion_age", r.arrears_exclusion_age, 1);
    at_least("elderly_age", r.elderly_age, 1);
    at_least("later_elderly_age", r.later_elderly_age, r.elderly_age + 1);
    return r;
}

// issue_file_layout: a record layout name for the default family, or family: name.
static void load_issue_file_layouts(const std::string& path, const YAML::Node& node, output_options& o) {
    if (!node) return;
    if (node.IsScalar()) {
        o.issue_file_layout[""] = node.as<std::string>();
        return;
    }
    if (!node.IsMap()) yaml::fail(path, node, "issue_file_layout: a layout name, or family: layout name");
    for (const auto& entry : node)
        o.issue_file_layout[entry.first.as<std::string>()] = yaml::required_text(path, node, entry.first.as<std::string>().c_str());
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
    return keys;
}

static output_options load_output(const std::string& path) {
    output_options o;
    if (!fs::exists(path)) return o;
    auto d = yaml::load_file(path);
    yaml::check_keys(path, d.root, {"certificate_size", "documents_per_pdf", "list_pages_per_pdf", "issue_file_layout",
                                    "substitutions", "mail_class", "envelope_by"});
    auto size = yaml::text(path, d.root, "certificate_size", "card");
    if (size == "card") o.size = certificate_size::card;
    else if (size == "postcard") o.size = certificate_size::postcard;
    else yaml::fail(path, d.root["certificate_size"], "certificate_size: expected card or postcard");
    o.documents_per_pdf = yaml::integer(path, d.root, "documents_per_pdf", o.documents_per_pdf);
    if (o.documents_per_pdf < 1)
        yaml::fail(path, d.root["documents_per_pdf"], "documents_per_pdf: must be at least 1");
    o.list_pages_per_pdf = yaml::integer(path, d.root, "list_pages_per_pdf", o.list_pages_per_pdf);
    if (o.list_pages_per_pdf < 1)
        yaml::fail(path, d.root["list_pages_per_pdf"], "list_pages_per_pdf: must be at least 1");
    load_issue_file_layouts(path, d.root["issue_file_layout"], o);
    o.envelope_by = load_envelope_keys(path, d.root["envelope_by"], o.envelope_by);
    auto subs = yaml::text(path, d.root, "substitutions", "");
    if (!subs.empty()) o.substitutions_path = yaml::resolve_path(path, subs);
    if (auto classes = d.root["mail_class"]) {
        if (!classes.IsMap()) yaml::fail(path, classes, "mail_class: expected form: 郵送区分");
        for (const auto& entry : classes) {
            auto form = entry.first.as<std::string>();
            o.mail_class[form] = yaml::required_text(path, classes, form.c_str());
            o.mail_class_where[form] = yaml::where(path, entry.first);
        }
    }
    return o;
}

static std::string load_history_database(const std::string& path) {
    if (!fs::exists(path)) return "";
    auto d = yaml::load_file(path);
    yaml::check_keys(path, d.root, {"database"});
    return yaml::resolve_path(path, yaml::required_text(path, d.root, "database"));
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
    c.rules = load_rules((fs::path(c.dir) / "rules.yaml").string());
    c.output = load_output((fs::path(c.dir) / "output.yaml").string());
    c.history_database = load_history_database((fs::path(c.dir) / "history.yaml").string());
    c.fingerprint = fingerprint(c);
    return c;
}

}  // namespace kokuho
