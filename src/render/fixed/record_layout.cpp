#include "render/fixed/record_layout.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <set>

#include "core/files.h"
#include "core/yaml.h"

namespace kokuho::fixed {

namespace {

// Reads one layout file, failing with the location of the node at fault.
class layout_reader {
public:
    explicit layout_reader(std::string source) : source_(std::move(source)) {}

    record_layout read(const YAML::Node& root);

private:
    [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
        fail_input(yaml::where(source_, node), message);
    }
    void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> known) const;
    std::string scalar(const YAML::Node& node, std::string_view what) const;
    std::size_t positive(const YAML::Node& node, std::string_view what) const;
    encoding read_encoding(const YAML::Node& node) const;
    bool read_separator(const YAML::Node& node) const;
    field_kind read_kind(const YAML::Node& node) const;
    void read_format(const YAML::Node& map, field_spec& field) const;
    field_spec read_field(const YAML::Node& map) const;
    record_spec read_record(const YAML::Node& records, const std::string& name,
                            std::size_t record_length) const;
    void check_record_kind(const record_spec& record, const YAML::Node& node,
                           std::string_view code) const;
    void check_reserved(const record_layout& layout, const YAML::Node& root) const;
    void check_file_id(const record_layout& layout, const YAML::Node& root) const;

    std::string source_;
};

void layout_reader::check_keys(const YAML::Node& map,
                               std::initializer_list<std::string_view> known) const {
    for (const auto& entry : map) {
        auto key = entry.first.as<std::string>();
        if (std::find(known.begin(), known.end(), key) == known.end())
            fail(entry.first, "unknown key \"" + key + "\"");
    }
}

std::string layout_reader::scalar(const YAML::Node& node, std::string_view what) const {
    if (!node.IsScalar()) fail(node, std::string(what) + " must be a single value");
    return node.as<std::string>();
}

std::size_t layout_reader::positive(const YAML::Node& node, std::string_view what) const {
    auto text = scalar(node, what);
    std::size_t number = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc{} || end != text.data() + text.size() || number == 0)
        fail(node, std::string(what) + " must be a whole number of bytes above 0, not \"" +
                       text + "\"");
    return number;
}

encoding layout_reader::read_encoding(const YAML::Node& node) const {
    if (!node) return encoding::cp932;
    auto text = scalar(node, "encoding");
    for (auto target : {encoding::cp932, encoding::shift_jis, encoding::ibm930, encoding::ibm939})
        if (text == encoding_name(target)) return target;
    fail(node, "unknown encoding \"" + text + "\" (cp932, shift_jis, ibm-930 or ibm-939)");
}

bool layout_reader::read_separator(const YAML::Node& node) const {
    auto text = scalar(node, "separator");
    if (text == "crlf") return true;
    if (text == "none") return false;
    fail(node, "unknown separator \"" + text + "\" (crlf or none)");
}

field_kind layout_reader::read_kind(const YAML::Node& node) const {
    auto text = scalar(node, "kind");
    if (text == "X") return field_kind::single_byte;
    if (text == "9") return field_kind::digits;
    if (text == "N") return field_kind::double_byte;
    if (text == "M") return field_kind::mixed;
    if (text == "date") return field_kind::date;
    fail(node, "unknown kind \"" + text + "\" (X, 9, N, M or date)");
}

void layout_reader::read_format(const YAML::Node& map, field_spec& field) const {
    const auto& node = map["format"];
    if (field.kind != field_kind::date) {
        if (node) fail(node, "format is only for date fields");
        return;
    }
    if (!node) fail(map, "date field \"" + field.name + "\" needs format: yyyymmdd or gyymmdd");
    auto text = scalar(node, "format");
    if (text == "yyyymmdd") field.format = date_format::yyyymmdd;
    else if (text == "gyymmdd") field.format = date_format::gyymmdd;
    else fail(node, "unknown date format \"" + text + "\" (yyyymmdd or gyymmdd)");
}

field_spec layout_reader::read_field(const YAML::Node& map) const {
    if (!map.IsMap()) fail(map, "a field must be a map like {name: ..., kind: ..., length: ...}");
    field_spec field;
    field.where = yaml::where(source_, map);
    if (const auto& filler = map["filler"]) {
        check_keys(map, {"filler"});
        field.name = "filler";
        field.length = positive(filler, "filler");
        field.source = field_source::constant;
        return field;
    }
    check_keys(map, {"name", "kind", "length", "format", "value", "overflow"});
    if (!map["name"]) fail(map, "field needs a name");
    field.name = scalar(map["name"], "name");
    if (!map["kind"]) fail(map, "field \"" + field.name + "\" needs a kind (X, 9, N, M or date)");
    field.kind = read_kind(map["kind"]);
    read_format(map, field);
    if (field.kind == field_kind::date) {
        std::size_t implied = field.format == date_format::yyyymmdd ? 8 : 7;
        if (map["length"] && positive(map["length"], "length") != implied)
            fail(map["length"], "a " + scalar(map["format"], "format") + " date is " +
                                    std::to_string(implied) + " bytes long");
        field.length = implied;
    } else {
        if (!map["length"]) fail(map, "field \"" + field.name + "\" needs a length in bytes");
        field.length = positive(map["length"], "length");
    }
    if (field.kind == field_kind::double_byte && field.length % 2 != 0)
        fail(map["length"], "N field \"" + field.name + "\" needs an even length");
    if (const auto& overflow = map["overflow"]) {
        auto text = scalar(overflow, "overflow");
        if (field.kind == field_kind::date) fail(overflow, "a date field has no overflow policy");
        if (text == "truncate") field.overflow = overflow_policy::truncate;
        else if (text != "error") fail(overflow, "overflow must be error or truncate");
    }
    if (const auto& value = map["value"]) {
        field.constant = scalar(value, "value");
        field.source = field_source::constant;
    }
    return field;
}

// The writer fills these names itself; everything else comes from the caller's values.
static field_source reserved_source(const std::string& record, const std::string& name) {
    if (record == "data") return name == "seq" ? field_source::seq : field_source::value;
    if (name == "file_id") return field_source::file_id;
    if (record == "trailer" && name == "count") return field_source::count;
    if (record == "trailer" && name == "hash_total") return field_source::hash_total;
    return field_source::value;
}

record_spec layout_reader::read_record(const YAML::Node& records, const std::string& name,
                                       std::size_t record_length) const {
    const auto& node = records[name];
    if (!node) fail(records, "records needs a " + name + " record");
    if (!node.IsSequence() || node.size() == 0)
        fail(node, "the " + name + " record must be a list of fields");
    record_spec record{name, {}, yaml::where(source_, node)};
    std::set<std::string> names;
    std::size_t offset = 0;
    for (const auto& item : node) {
        auto field = read_field(item);
        if (field.source != field_source::constant)
            field.source = reserved_source(name, field.name);
        if (field.name != "filler" && !names.insert(field.name).second)
            fail(item, "the " + name + " record already has a field \"" + field.name + "\"");
        field.offset = offset;
        offset += field.length;
        record.fields.push_back(std::move(field));
    }
    if (offset == record_length) return record;
    std::string message = "the " + name + " record's fields add up to " + std::to_string(offset) +
                          " bytes but record_length is " + std::to_string(record_length);
    if (offset < record_length)
        message += " (add {filler: " + std::to_string(record_length - offset) + "})";
    fail(node, message);
}

void layout_reader::check_record_kind(const record_spec& record, const YAML::Node& node,
                                      std::string_view code) const {
    const auto& first = record.fields.front();
    if (first.source != field_source::constant || first.length != 1 || first.constant != code)
        fail(node[0], "the " + record.name + " record must start with its record kind: {name: "
                      "kind, kind: \"9\", length: 1, value: \"" + std::string(code) + "\"}");
}

void layout_reader::check_reserved(const record_layout& layout, const YAML::Node& root) const {
    const auto& records = root["records"];
    if (!layout.data.find("seq"))
        fail(records["data"], "the data record needs a seq field (通番)");
    if (!layout.trailer.find("count"))
        fail(records["trailer"], "the trailer record needs a count field");
    bool has_total = layout.trailer.find("hash_total") != nullptr;
    if (layout.hash_total.empty()) {
        if (has_total)
            fail(records["trailer"], "the trailer has a hash_total field: the layout needs "
                                     "hash_total: naming the data field to sum");
        return;
    }
    const auto* summed = layout.data.find(layout.hash_total);
    if (!summed || summed->kind != field_kind::digits)
        fail(root["hash_total"], "hash_total must name a kind 9 field of the data record");
    if (!has_total) fail(records["trailer"], "the trailer record needs a hash_total field");
}

void layout_reader::check_file_id(const record_layout& layout, const YAML::Node& root) const {
    if (!layout.file_id.empty()) return;
    for (const auto* record : {&layout.header, &layout.trailer, &layout.end}) {
        const auto* field = record->find("file_id");
        if (field && field->source == field_source::file_id)
            fail(root, "the " + record->name +
                           " record has a file_id field: the layout needs file_id:");
    }
}

record_layout layout_reader::read(const YAML::Node& root) {
    if (!root.IsMap())
        fail(root, "a record layout must be a map (file_id, encoding, records...)");
    check_keys(root,
               {"file_id", "encoding", "record_length", "separator", "hash_total", "records"});
    record_layout layout;
    layout.source = source_;
    if (root["file_id"]) layout.file_id = scalar(root["file_id"], "file_id");
    layout.target = read_encoding(root["encoding"]);
    if (!root["record_length"]) fail(root, "the layout needs record_length (bytes per record)");
    layout.record_length = positive(root["record_length"], "record_length");
    if (!root["separator"]) fail(root, "the layout needs separator: crlf or none");
    layout.crlf = read_separator(root["separator"]);
    if (root["hash_total"]) layout.hash_total = scalar(root["hash_total"], "hash_total");
    const auto& records = root["records"];
    if (!records || !records.IsMap())
        fail(root, "the layout needs records: header, data, trailer, end");
    check_keys(records, {"header", "data", "trailer", "end"});
    layout.header = read_record(records, "header", layout.record_length);
    layout.data = read_record(records, "data", layout.record_length);
    layout.trailer = read_record(records, "trailer", layout.record_length);
    layout.end = read_record(records, "end", layout.record_length);
    check_record_kind(layout.header, records["header"], "1");
    check_record_kind(layout.data, records["data"], "2");
    check_record_kind(layout.trailer, records["trailer"], "8");
    check_record_kind(layout.end, records["end"], "9");
    check_reserved(layout, root);
    check_file_id(layout, root);
    return layout;
}

}  // namespace

const field_spec* record_spec::find(std::string_view field_name) const {
    for (const auto& field : fields)
        if (field.name == field_name) return &field;
    return nullptr;
}

std::string_view encoding_name(encoding target) {
    switch (target) {
        case encoding::cp932: return "cp932";
        case encoding::shift_jis: return "shift_jis";
        case encoding::ibm930: return "ibm-930";
        case encoding::ibm939: return "ibm-939";
    }
    return "cp932";
}

record_layout parse_record_layout(std::string_view yaml, const std::string& source) {
    return yaml::within(source, [&] { return layout_reader(source).read(yaml::parse_text(yaml, source)); });
}

record_layout load_record_layout(const std::filesystem::path& path) {
    return parse_record_layout(read_whole_file(path.string()), path.string());
}

}  // namespace kokuho::fixed
