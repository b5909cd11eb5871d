#pragma once
// Helpers for the rules tests: dates from ISO text, a person with sensible defaults, the
// 2026 cycle, and printable names so that a failing row shows words, not numbers.
//
// Every expected value in the tables of this folder is worked out by hand from
// /work/shared/spec/rules.md (and, for ages, 年齢計算ニ関スル法律 + 民法143条 as the spec
// states them); none is copied from running the code.
#include <optional>
#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

#include "config/config.h"
#include "core/date.h"
#include "rules/age.h"
#include "rules/decide.h"
#include "rules/decision.h"
#include "snapshot/snapshot.h"
#include "support/texts.h"

namespace Catch {
template <>
struct StringMaker<kokuho::date> {
    static std::string convert(const kokuho::date& v) { return v.iso(); }
};
}  // namespace Catch

namespace rules_test {

using kokuho::date;
using kokuho::rules::form;
using kokuho::rules::form_reason;
using kokuho::rules::ratio_print;
using kokuho::rules::until_reason;
using kokuho::rules::variant;

// A calendar date from YYYY-MM-DD; a typo in a table is a test error, not a silent default.
inline date d(const char* iso) {
    auto v = date::parse_iso(iso);
    if (!v) throw std::invalid_argument(std::string("bad date in test table: ") + iso);
    return *v;
}

// "" means no date.
inline std::optional<date> od(const char* iso) {
    if (iso == nullptr || *iso == '\0') return std::nullopt;
    return d(iso);
}

// An optional date as text, "" for none, so that expected and actual print alike.
inline std::string show(const std::optional<date>& v) { return v ? v->iso() : ""; }

template <class E>
std::string str(E e) {
    return std::string(kokuho::rules::name(e));
}

// A person with sensible defaults: born 10 May 1980 (46 throughout the 2026 cycle: under 70,
// far from 75, long past school age and 18), insured since 2000, not registered for the
// マイナ保険証, no application, no 在留期間, no 学生特例, no ratio. Each row states only
// what differs.
struct who {
    kokuho::person p;

    who() {
        p.person_id = test_support::text("000000001");
        p.insured_number = test_support::text("12345678");
        p.branch = test_support::text("01");
        p.name = test_support::text("国保 太郎");
        p.name_kana = test_support::text("コクホ タロウ");
        p.sex = 1;
        p.relationship = test_support::text("世帯主");
        p.birth_date = d("1980-05-10");
        p.acquired_on = d("2000-04-01");
    }

    who& born(const char* s) { p.birth_date = d(s); return *this; }
    who& registered() { p.mynumber_insurance = kokuho::usage_registration::registered; return *this; }
    who& cancelled() { p.mynumber_insurance = kokuho::usage_registration::cancelled; return *this; }
    who& card_returned() { p.card_returned = true; return *this; }
    who& ecert(const char* s) { p.ecert_expires_on = d(s); return *this; }
    who& applied(const char* s) { p.certificate_applied_on = d(s); return *this; }
    who& considerate() { p.considerate = true; return *this; }
    who& lost(const char* s) { p.lost_on = d(s); return *this; }
    who& former_member() { p.former_member = true; return *this; }
    who& residence(const char* s) { p.residence_expires_on = d(s); return *this; }
    who& student(const char* s) { p.student_special_until = d(s); return *this; }
    who& ratio(int r) { p.ratio = r; return *this; }

    operator kokuho::person() const { return p; }  // NOLINT: rows read better without a call
};

inline kokuho::household household(bool arrears = false) {
    kokuho::household h;
    h.household_id = test_support::text("0000001");
    h.head_name = test_support::text("国保 太郎");
    h.postal_code = test_support::text("100-0001");
    h.address = test_support::text("東京都千代田区千代田1-1");
    h.arrears_special = arrears;
    return h;
}

inline kokuho::rules::cycle make(const char* issue, const char* start, const char* end) {
    return {d(issue), d(start), d(end)};
}

// The cycle of the 2026 bulk issue with the shipped defaults: issued 10 July 2026, valid
// from 1 August 2026 to 31 July 2027 (rules.md "Validity": one year, 1 August to 31 July).
inline kokuho::rules::cycle cycle_2026() { return make("2026-07-10", "2026-08-01", "2027-07-31"); }

// The same cycle lasting 5 years (certificate_years = 5): to 31 July 2031.
inline kokuho::rules::cycle cycle_2026_5y() { return make("2026-07-10", "2026-08-01", "2031-07-31"); }

}  // namespace rules_test
