#include <catch2/catch.hpp>

#include "rules/outcome_list.h"

using kokuho::date;
using kokuho::rules::outcome;
using kokuho::rules::outcome_list;

namespace {

outcome certificate(const char* reason, std::optional<date> until = date(2027, 7, 31)) {
    outcome o;
    o.form = "certificate";
    o.variant = "standard";
    o.reason = reason;
    o.valid_from = date(2026, 8, 1);
    o.valid_until = until;
    o.until_reason = "cycle_end";
    o.facts = {{"ratio", "3"}, {"ratio_effective_from", date(2026, 8, 1)}};
    return o;
}

}  // namespace

TEST_CASE("outcome_list keeps each distinct outcome once, in the persons' order") {
    outcome_list list;
    list.push_back(certificate("no_registration"));
    list.push_back(outcome{});
    list.push_back(certificate("no_registration"));
    list.push_back(certificate("applied"));
    REQUIRE(list.size() == 4);
    CHECK(list.distinct() == 3);
    CHECK(list[0].reason == "no_registration");
    CHECK(list[1].form.empty());
    CHECK(list[2].valid_until == date(2027, 7, 31));
    CHECK(list[3].reason == "applied");
    CHECK(&list[0] == &list[2]);
    std::vector<std::string> reasons;
    for (const auto& o : list) reasons.push_back(o.reason);
    CHECK(reasons == std::vector<std::string>{"no_registration", "", "no_registration", "applied"});
}

TEST_CASE("outcome_list tells apart outcomes that differ in one member only") {
    outcome_list list;
    list.push_back(certificate("applied"));
    list.push_back(certificate("applied", date(2027, 7, 30)));  // the validity
    list.push_back(certificate("applied", std::nullopt));       // no end date
    auto text_fact = certificate("applied");
    text_fact.facts[1].second = "2026-08-01";  // the same text as the date, but text
    list.push_back(text_fact);
    auto refused = certificate("applied");
    refused.refusal = "ratio: not judged";
    list.push_back(refused);
    auto moved = certificate("applied");
    moved.form = "certificat";
    moved.variant = "estandard";  // the same characters, split differently
    list.push_back(moved);
    CHECK(list.distinct() == 6);
    CHECK(list[4].refusal == "ratio: not judged");
    CHECK(list[3].facts[1].second.as_text() != nullptr);
    CHECK(list[0].facts[1].second.as_date() != nullptr);
}

TEST_CASE("outcome_list sets one person's outcome, and references to others stay valid") {
    outcome_list list(3);
    CHECK(list.size() == 3);
    CHECK(list.distinct() == 1);
    const outcome& first = list[0];
    for (int i = 0; i < 1000; ++i) list.push_back(certificate("applied", date(2027, 1, 1).plus_days(i)));
    list.set(1, certificate("no_registration"));
    CHECK(first.form.empty());
    CHECK(list[1].reason == "no_registration");
    CHECK(list[2].form.empty());
    CHECK(list.distinct() == 1002);
    CHECK_THROWS(list.set(5000, outcome{}));
}
