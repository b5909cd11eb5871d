#pragma once
// The source values of one document: the snapshot's columns, the rule decision, the
// insurer, the batch and the mailing address, under names templates refer to
// (person.name, household.address, decision.valid_until, insurer.name, batch.seq, mail.name).
#include <string>

#include "bind/values.h"
#include "config/config.h"
#include "rules/decision.h"
#include "snapshot/snapshot.h"

namespace kokuho::bind {

struct batch_context {
    std::string batch_id;
    date issue_date;   // 交付年月日
    long seq = 0;      // 通番
    std::string mail_class;  // 郵送区分
};

values source_values(const person& p, const household& h, const rules::decision& d,
                     const insurer_settings& insurer, const batch_context& batch);

// 送付先: the mailing recipient and address, from 送付先 columns when given, else the head
// of household at the residence.
struct mailing_address {
    std::string name;
    std::string postal_code;
    std::string address;
    std::string address_extra;
};
mailing_address mailing_of(const household& h);

}  // namespace kokuho::bind
