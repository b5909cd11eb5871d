#pragma once
// The text filters of a template placeholder that rewrite characters.
#include <string>

namespace kokuho::bind {

// 0-9 as full-width digits (０-９).
std::string fullwidth_digits(const std::string& value);

// Digits as kanji numerals for vertical text (漢数字), digit by digit as address labels print
// them (12 -> 一二, 102 -> 一〇二), and a hyphen between two digits as the long vowel mark that
// a column turns upright (1-2-3 -> 一ー二ー三). ASCII and full-width digits alike.
std::string kanji_numerals(const std::string& value);

// The n-th digit (1-based; ASCII or full-width, given as ASCII) of the value, skipping
// everything else; empty when it has fewer. For the 郵便番号枠, one digit per box.
std::string nth_digit(const std::string& value, int n);

}  // namespace kokuho::bind
