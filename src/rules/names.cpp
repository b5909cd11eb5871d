#include "rules/decision.h"

namespace kokuho::rules {

std::string_view name(form f) {
    switch (f) {
        case form::certificate: return "certificate";
        case form::notice: return "notice";
        case form::none: return "none";
    }
    return "";
}

std::string_view name(variant v) { return v == variant::special ? "special" : "standard"; }

std::string_view name(form_reason r) {
    switch (r) {
        case form_reason::lost: return "lost";
        case form_reason::applied: return "applied";
        case form_reason::registered: return "registered";
        case form_reason::not_registered: return "not_registered";
        case form_reason::cancelled: return "cancelled";
        case form_reason::card_returned: return "card_returned";
        case form_reason::ecert_expired: return "ecert_expired";
        case form_reason::age75: return "age75";
        case form_reason::residence: return "residence";
        case form_reason::student: return "student";
    }
    return "";
}

std::string_view name(until_reason r) {
    switch (r) {
        case until_reason::none: return "";
        case until_reason::annual: return "annual";
        case until_reason::age75: return "age75";
        case until_reason::age70: return "age70";
        case until_reason::residence: return "residence";
        case until_reason::student: return "student";
    }
    return "";
}

std::string_view name(ratio_print r) {
    switch (r) {
        case ratio_print::statutory: return "statutory";
        case ratio_print::general: return "general";
        case ratio_print::preschool: return "preschool";
        case ratio_print::judged_2: return "judged_2";
        case ratio_print::judged_3: return "judged_3";
    }
    return "";
}

}  // namespace kokuho::rules
