#pragma once
// The inquiries to other municipalities (資格照会, 5.5.1): where each municipality's NHI
// section receives them, and how long it has to answer (inquiry.yaml of the config folder).
#include <map>
#include <string>

namespace kokuho {

// 国民健康保険担当 of a municipality, by its 全国地方公共団体コード.
struct municipality_entry {
    std::string code;
    std::string name;         // 札幌市
    std::string section;      // 保険年金課
    std::string postal_code;  // NNN-NNNN
    std::string address;
};

struct inquiry_settings {
    int reply_within_days = 30;  // 回答期限: the letter's date plus this
    std::map<std::string, municipality_entry> municipalities;  // by code
};

// Reads inquiry.yaml; a missing file gives the defaults and an empty table (every
// municipality 宛先不明). Bad codes, keys and values are input errors at file:line:column.
inquiry_settings load_inquiry_settings(const std::string& path);

}  // namespace kokuho
