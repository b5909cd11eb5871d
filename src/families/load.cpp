// Reading one family file (families/<id>.yaml) and checking every name it gives.
#include "families/load.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "bind/source.h"
#include "core/sha256.h"
#include "core/yaml.h"
#include "snapshot/columns.h"

namespace kokuho::families {

namespace {

namespace fs = std::filesystem;

struct reader {
    const std::string& file;
    const data_folders& folders;

    [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
        yaml::fail(file, node, message);
    }

    // A name of a data file that must exist: folder/<name>.yaml.
    std::string data_file(const YAML::Node& map, const char* key, const std::string& folder,
                          const std::string& what) const {
        auto name = yaml::required_text(file, map, key);
        if (name.find('/') != std::string::npos || name.find("..") != std::string::npos)
            fail(map[key], std::string(key) + ": a plain name, not a path");
        if (!fs::is_regular_file(fs::path(folder) / (name + ".yaml")))
            fail(map[key], std::string(key) + ": no " + what + " \"" + name + "\" (" +
                               (fs::path(folder) / (name + ".yaml")).string() + ")");
        return name;
    }

    void mapping(const YAML::Node& node, const char* what) const {
        if (!node || !node.IsMap()) fail(node, std::string(what) + ": expected a mapping");
    }
};

std::vector<variant_info> load_variants(const reader& r, const YAML::Node& node) {
    r.mapping(node, "variants");
    std::vector<variant_info> variants;
    for (const auto& entry : node) {
        yaml::check_keys(r.file, entry.second, {"code", "label"});
        variants.push_back({entry.first.as<std::string>(),
                            yaml::required_text(r.file, entry.second, "code"),
                            yaml::text(r.file, entry.second, "label", "")});
    }
    if (variants.empty()) r.fail(node, "variants: a family needs at least one");
    return variants;
}

std::vector<std::pair<std::string, std::string>> load_layouts(const reader& r, const YAML::Node& form) {
    std::vector<std::pair<std::string, std::string>> layouts;
    if (form["layout"]) layouts.emplace_back("", r.data_file(form, "layout", r.folders.layouts, "layout"));
    if (auto sizes = form["layouts"]) {
        r.mapping(sizes, "layouts");
        for (const auto& entry : sizes)
            layouts.emplace_back(entry.first.as<std::string>(),
                                 r.data_file(sizes, entry.first.as<std::string>().c_str(),
                                             r.folders.layouts, "layout"));
    }
    if (layouts.empty()) r.fail(form, "a form needs layout: or layouts:");
    return layouts;
}

form_info load_form(const reader& r, const std::string& id, const YAML::Node& node,
                    const std::vector<variant_info>& variants) {
    yaml::check_keys(r.file, node, {"name", "code", "template", "layout", "layouts", "files",
                                    "mail_class", "titles", "with", "collect", "window"});
    form_info f;
    f.id = id;
    f.name = yaml::required_text(r.file, node, "name");
    f.code = yaml::required_text(r.file, node, "code");
    f.template_name = r.data_file(node, "template", r.folders.templates, "template");
    f.layouts = load_layouts(r, node);
    f.files = yaml::required_text(r.file, node, "files");
    if (!std::regex_match(f.files, std::regex("[a-z][a-z0-9_-]*")))
        r.fail(node["files"], "files: lower-case letters, digits, - and _");
    for (const char* taken : {"issue-list", "pullout-list"})
        if (f.files == taken) r.fail(node["files"], "files: " + f.files + " is the name of a list's files");
    f.mail_class = yaml::text(r.file, node, "mail_class", "");
    f.collected = yaml::flag(r.file, node, "collect", false);
    f.window = yaml::flag(r.file, node, "window", false);
    auto titles = node["titles"];
    r.mapping(titles, "titles");
    for (const auto& v : variants) {
        if (!titles[v.id]) r.fail(titles, "titles: no title for variant " + v.id);
        f.titles[v.id] = yaml::required_text(r.file, titles, v.id.c_str());
    }
    for (const auto& entry : titles)
        if (!f.titles.contains(entry.first.as<std::string>()))
            r.fail(entry.first, "titles: " + entry.first.as<std::string>() + " is not a variant of this family");
    if (auto with = node["with"]) {
        if (!with.IsSequence()) r.fail(with, "with: a list of forms of this family");
        for (const auto& companion : with) f.companions.push_back(companion.as<std::string>());
    }
    return f;
}

std::vector<form_info> load_forms(const reader& r, const YAML::Node& node,
                                  const std::vector<variant_info>& variants) {
    r.mapping(node, "forms");
    std::vector<form_info> forms;
    std::set<std::string> files;
    for (const auto& entry : node) {
        forms.push_back(load_form(r, entry.first.as<std::string>(), entry.second, variants));
        if (!files.insert(forms.back().files).second)
            r.fail(entry.second["files"], "files: two forms write the same files");
    }
    if (forms.empty()) r.fail(node, "forms: a family needs at least one");
    for (const auto& form : forms)
        for (std::size_t i = 0; i < form.companions.size(); ++i) {
            const auto& companion = form.companions[i];
            bool known = std::any_of(forms.begin(), forms.end(), [&](const form_info& other) {
                return other.id == companion && other.id != form.id;
            });
            if (!known) r.fail(node[form.id]["with"][i], "with: " + companion + " is not another form of this family");
        }
    return forms;
}

pullout_reason load_reason(const reader& r, const YAML::Node& node, const bind::lookup_tables& tables) {
    yaml::check_keys(r.file, node, {"reason", "code", "label", "when", "compare", "only_when"});
    pullout_reason p;
    p.id = yaml::required_text(r.file, node, "reason");
    p.code = yaml::integer(r.file, node, "code", 0);
    if (p.code < 1 || p.code > 99) r.fail(node["code"], "code: a number from 1 to 99");
    p.label = yaml::required_text(r.file, node, "label");
    auto when = yaml::text(r.file, node, "when", "changed");
    if (when == "not_in_snapshot") p.when = pullout_reason::trigger::not_in_snapshot;
    else if (when == "no_document") p.when = pullout_reason::trigger::no_document;
    else if (when != "changed") r.fail(node["when"], "when: expected not_in_snapshot, no_document or changed");
    bool compares = bool(node["compare"]);
    if (compares != (p.when == pullout_reason::trigger::changed))
        r.fail(node, "reason " + p.id + ": compare: is given exactly when the reason is a change");
    if (compares) {
        p.compare = bind::expression::parse(yaml::required_text(r.file, node, "compare"),
                                            yaml::where(r.file, node["compare"]), tables);
        // What is compared is the person's data and the decision, never the batch's.
        p.compare.check_names([](std::string_view name) {
            return bind::is_source_name(name) && !name.starts_with("batch.");
        });
    }
    p.only_when = yaml::text(r.file, node, "only_when", "");
    if (!p.only_when.empty() && !bind::is_source_name(p.only_when))
        r.fail(node["only_when"], "only_when: unknown value \"" + p.only_when + "\"");
    return p;
}

void load_pullout(const reader& r, const YAML::Node& node, family& f) {
    r.mapping(node, "pullout");
    yaml::check_keys(r.file, node, {"file", "list", "reasons"});
    f.pullout_file = r.data_file(node, "file", (fs::path(r.folders.layouts) / "records").string(), "record layout");
    f.pullout_list = r.data_file(node, "list", (fs::path(r.folders.layouts) / "lists").string(), "list layout");
    std::set<std::string> ids;
    std::set<int> codes;
    for (const auto& entry : node["reasons"]) {
        f.pullout_reasons.push_back(load_reason(r, entry, f.tables));
        const auto& p = f.pullout_reasons.back();
        if (!ids.insert(p.id).second) r.fail(entry, "reason " + p.id + " appears twice");
        if (!codes.insert(p.code).second) r.fail(entry["code"], "code " + std::to_string(p.code) + " appears twice");
    }
    for (auto needed : {pullout_reason::trigger::not_in_snapshot, pullout_reason::trigger::no_document}) {
        bool found = false;
        for (const auto& p : f.pullout_reasons) found = found || p.when == needed;
        if (!found)
            r.fail(node, std::string("reasons: one reason needs when: ") +
                             (needed == pullout_reason::trigger::no_document ? "no_document" : "not_in_snapshot"));
    }
}

void load_issue(const reader& r, const YAML::Node& node, family& f) {
    r.mapping(node, "issue");
    yaml::check_keys(r.file, node, {"file", "list"});
    f.issue_file = r.data_file(node, "file", (fs::path(r.folders.layouts) / "records").string(), "record layout");
    f.issue_list = r.data_file(node, "list", (fs::path(r.folders.layouts) / "lists").string(), "list layout");
}

void load_rule(const reader& r, const YAML::Node& root, family& f) {
    f.rule_name = yaml::required_text(r.file, root, "rule");
    f.rule = rules::find_rule(f.rule_name);
    if (!f.rule) {
        std::string known;
        for (const auto& n : rules::rule_names()) known += (known.empty() ? "" : ", ") + n;
        r.fail(root["rule"], "rule: no rule function \"" + f.rule_name + "\" (known: " + known + ")");
    }
}

std::string_view kind_name(rules::option_kind k) {
    switch (k) {
        case rules::option_kind::flag: return "true or false";
        case rules::option_kind::number: return "a whole number";
        case rules::option_kind::choice: return "one of choices:";
    }
    return "";
}

// Every option the rule reads is declared, of the kind the rule reads it as.
void check_options_read(const reader& r, const YAML::Node& root, const family& f) {
    for (const auto& needed : rules::options_read_by(f.rule_name)) {
        if (needed.name.find('.') != std::string_view::npos) continue;  // another family's: the registry checks it
        auto declared = std::find_if(f.options.begin(), f.options.end(),
                                     [&](const auto& o) { return o.name == needed.name; });
        if (declared == f.options.end())
            r.fail(root["rule"], "rule " + f.rule_name + " reads the option " + std::string(needed.name) +
                                     ", which this family does not declare under options:");
        if (declared->what != needed.kind)
            r.fail(root["options"][declared->name], std::string(needed.name) + ": rule " + f.rule_name +
                                                        " reads it as " + std::string(kind_name(needed.kind)));
    }
}

// off_when: {option: target, is: none}: a choice option of the family and one of its choices.
// An option of another family (limit.recommend) is checked by the registry, which lends it.
std::optional<off_switch> load_off_switch(const reader& r, const YAML::Node& node, const family& f) {
    if (!node) return std::nullopt;
    r.mapping(node, "off_when");
    yaml::check_keys(r.file, node, {"option", "is"});
    off_switch off{yaml::required_text(r.file, node, "option"), yaml::required_text(r.file, node, "is")};
    if (off.option.find('.') != std::string::npos) return off;
    auto d = std::find_if(f.options.begin(), f.options.end(), [&](const auto& o) { return o.name == off.option; });
    if (d == f.options.end() || d->what != rules::option_kind::choice)
        r.fail(node["option"], "off_when: " + off.option + " is not a choice option of this family (options:)");
    if (std::find(d->choices.begin(), d->choices.end(), off.value) == d->choices.end())
        r.fail(node["is"], "off_when: " + off.value + " is not one of the choices of " + off.option);
    return off;
}

// store_inputs: [{column: limit_applied_on, from: applications}, ...]: member date columns of
// the snapshot; a family named in from: is checked by the registry, which knows them all.
std::vector<store_input> load_store_inputs(const reader& r, const YAML::Node& node) {
    std::vector<store_input> inputs;
    if (!node) return inputs;
    if (!node.IsSequence()) r.fail(node, "store_inputs: expected a list of {column:, from:}");
    for (const auto& item : node) {
        r.mapping(item, "store_inputs");
        yaml::check_keys(r.file, item, {"column", "from"});
        store_input in{yaml::required_text(r.file, item, "column"), yaml::required_text(r.file, item, "from")};
        const column_def* column = find_column(in.column);
        if (!column || column->key != in.column || !std::holds_alternative<std::optional<date> person::*>(column->target))
            r.fail(item["column"], "store_inputs: " + in.column + " is not a date column of a member (snapshot.md)");
        inputs.push_back(std::move(in));
    }
    return inputs;
}

// decisions: the rule's facts decisions.jsonl gives, as plain names.
std::vector<std::string> load_decision_facts(const reader& r, const YAML::Node& node) {
    std::vector<std::string> facts;
    if (!node) return facts;
    if (!node.IsSequence()) r.fail(node, "decisions: expected a list of the rule's facts");
    for (const auto& item : node) {
        auto name = item.as<std::string>();
        if (!std::regex_match(name, std::regex("[a-z_0-9]+"))) r.fail(item, "decisions: " + name + " is not a fact name");
        facts.push_back(name);
    }
    return facts;
}

std::string fingerprint_of(const family& f, const data_folders& folders) {
    auto layouts = fs::path(folders.layouts);
    std::vector<std::string> files{f.file};
    for (const auto& form : f.forms) {
        files.push_back((fs::path(folders.templates) / (form.template_name + ".yaml")).string());
        for (const auto& [size, layout] : form.layouts) files.push_back((layouts / (layout + ".yaml")).string());
    }
    for (const auto* sheet : {f.monthly ? &f.monthly->letter : nullptr, &f.carrier_sheet, &f.envelope})
        if (sheet && !sheet->empty()) {
            files.push_back((fs::path(folders.templates) / (*sheet + ".yaml")).string());
            files.push_back((layouts / (*sheet + ".yaml")).string());
        }
    for (const auto& [folder, name] : {std::pair{"records", f.issue_file}, {"lists", f.issue_list},
                                       {"records", f.pullout_file}, {"lists", f.pullout_list}})
        files.push_back((layouts / folder / (name + ".yaml")).string());
    kokuho::sha256 hash;
    for (const auto& file : files) hash.update(sha256_file(file));
    return hash.hex_digest();
}

}  // namespace

family load_family(const std::string& path, const data_folders& folders) {
    return yaml::within(path, [&] {
        auto d = yaml::load_file(path);
        reader r{path, folders};
        r.mapping(d.root, "a family file");
        yaml::check_keys(path, d.root, {"family", "title", "default", "batch_code", "rule", "maps",
                                        "options", "off_when", "decisions", "variants", "forms", "issue",
                                        "pullout", "changes", "store_inputs", "monthly", "carrier_sheet", "envelope"});
        family f;
        f.file = path;
        f.id = yaml::required_text(path, d.root, "family");
        if (!std::regex_match(f.id, std::regex("[a-z_]+")))
            r.fail(d.root["family"], "family: lower-case letters and _ only (the history store keeps it)");
        if (f.id != fs::path(path).stem().string())
            r.fail(d.root["family"], "family: the id must be the file's name, " + fs::path(path).stem().string());
        f.title = yaml::required_text(path, d.root, "title");
        f.is_default = yaml::flag(path, d.root, "default", false);
        f.batch_code = yaml::required_text(path, d.root, "batch_code");
        if (!std::regex_match(f.batch_code, std::regex("[A-Z0-9]{1,4}")))
            r.fail(d.root["batch_code"], "batch_code: 1 to 4 capital letters or digits");
        load_rule(r, d.root, f);
        f.tables = bind::load_tables(path, d.root["maps"]);
        f.options = load_options(path, d.root["options"]);
        check_options_read(r, d.root, f);
        f.off_when = load_off_switch(r, d.root["off_when"], f);
        f.decision_facts = load_decision_facts(r, d.root["decisions"]);
        f.variants = load_variants(r, d.root["variants"]);
        f.variants_where = yaml::where(path, d.root["variants"]);
        f.forms_where = yaml::where(path, d.root["forms"]);
        f.forms = load_forms(r, d.root["forms"], f.variants);
        load_issue(r, d.root["issue"], f);
        load_pullout(r, d.root["pullout"], f);
        f.changes = load_changes(path, d.root["changes"], f, folders);
        f.store_inputs = load_store_inputs(r, d.root["store_inputs"]);
        f.monthly = load_monthly(path, d.root["monthly"], f, folders);
        for (auto [key, sheet] : {std::pair{"carrier_sheet", &f.carrier_sheet}, {"envelope", &f.envelope}})
            if (d.root[key]) {
                *sheet = r.data_file(d.root, key, folders.templates, "template");
                r.data_file(d.root, key, folders.layouts, "layout");
            }
        f.fingerprint = fingerprint_of(f, folders);
        return f;
    });
}

}  // namespace kokuho::families
