// Registering the delivery (交付履歴登録, 5.1.5): a pulled-out document was never delivered,
// its replacement was; registration is all or nothing and happens once.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;

namespace {

using strings = std::vector<std::string>;

// Every document's batch, seq, status and dates, to compare whole states.
std::string state_of(const std::string& path) {
    return raw(path).query_text(
        "SELECT group_concat(batch_id || ':' || seq || ' ' || status || ' ' || "
        "coalesce(pulled_on, '-') || ' ' || coalesce(delivered_on, '-'), '; ') FROM "
        "(SELECT * FROM documents ORDER BY batch_id, seq)");
}

}  // namespace

TEST_CASE("registration delivers what was not pulled out, replacements included",
          "[record][delivery]") {
    auto path = fresh_db("delivery");
    auto db = open_history_store(path);
    annual_with_replacement(*db);

    auto result = db->register_delivery("2026-annual", "2026-07-20");
    CHECK(result.delivered == 4);  // P2 and P4 of the annual batch, both replacements
    CHECK(result.pulled == 2);     // P1 and P3 of the annual batch
    CHECK(result.already_registered == false);
    CHECK(result.registered_on == "2026-07-20");

    CHECK(statuses(*db, "2026-annual") == strings{"pulled", "delivered", "pulled", "delivered"});
    CHECK(statuses(*db, "2026-annual-r1") == strings{"delivered", "delivered"});
    auto history = db->history_of_batch("2026-annual");
    CHECK(history[0].delivered_on == "");
    CHECK(history[1].delivered_on == "2026-07-20");
    CHECK(raw(path).query_text("SELECT batch_id || ' ' || on_date || ' ' || delivered || ' ' || "
                               "pulled FROM registrations") == "2026-annual 2026-07-20 4 2");
}

TEST_CASE("a pulled-out replacement is not delivered either", "[record][delivery]") {
    auto db = open_history_store(fresh_db("delivery-pulled-replacement"));
    annual_with_replacement(*db);
    record_pullouts(*db, "2026-annual-r1", "2026-07-12", {{2, "P3", {"lost"}}});

    auto result = db->register_delivery("2026-annual", "2026-07-20");
    CHECK(result.delivered == 3);
    CHECK(result.pulled == 3);
    CHECK(statuses(*db, "2026-annual-r1") == strings{"delivered", "pulled"});
}

TEST_CASE("registering again changes nothing and says so", "[record][delivery]") {
    auto path = fresh_db("delivery-again");
    auto db = open_history_store(path);
    annual_with_replacement(*db);
    db->register_delivery("2026-annual", "2026-07-20");
    auto before = state_of(path);

    auto again = db->register_delivery("2026-annual", "2026-07-25");
    CHECK(again.already_registered == true);
    CHECK(again.delivered == 4);
    CHECK(again.pulled == 2);
    CHECK(again.registered_on == "2026-07-20");
    CHECK(state_of(path) == before);
    CHECK(raw(path).query_integer("SELECT count(*) FROM registrations") == 1);
}

TEST_CASE("after registration the batch family takes no pull-outs or replacements",
          "[record][delivery]") {
    auto db = open_history_store(fresh_db("delivery-closed"));
    annual_with_replacement(*db);
    record_pullouts(*db, "2026-annual", "2026-07-02", {{4, "P4", {"lost"}}});
    db->register_delivery("2026-annual", "2026-07-20");

    require_error([&] { record_pullouts(*db, "2026-annual-r1", "2026-07-21", {{1, "P1", {"name"}}}); },
                  error_kind::input,
                  "batch 2026-annual was registered as delivered on 2026-07-20: cannot pull out "
                  "documents of batch 2026-annual-r1");
    require_error([&] { db->record_batch(replacement("r2", "2026-annual"), {doc(1, "H3", "P4")}); },
                  error_kind::input, "cannot record batch r2");
    CHECK(statuses(*db, "2026-annual-r1") == strings{"delivered", "delivered"});
}

TEST_CASE("registration refuses a replacement batch and an unknown batch", "[record][delivery]") {
    auto path = fresh_db("delivery-errors");
    auto db = open_history_store(path);
    annual_with_replacement(*db);
    auto before = state_of(path);

    require_error([&] { db->register_delivery("2026-annual-r1", "2026-07-20"); }, error_kind::input,
                  "batch 2026-annual-r1 is a replacement (差替分) of batch 2026-annual: register "
                  "2026-annual, which registers the batches under it too");
    require_error([&] { db->register_delivery("2025-annual", "2026-07-20"); }, error_kind::input,
                  "no batch 2025-annual in the issue history");
    require_error([&] { db->register_delivery("2026-annual", "20 July"); }, error_kind::input,
                  "delivery date: '20 July' is not a date");
    CHECK(state_of(path) == before);
    CHECK(raw(path).query_integer("SELECT count(*) FROM registrations") == 0);
}

TEST_CASE("a registration that fails midway leaves everything as it was",
          "[record][delivery][atomic]") {
    auto path = fresh_db("delivery-atomic");
    auto db = open_history_store(path);
    annual_with_replacement(*db);
    auto before = state_of(path);

    // A trigger in the database makes one step of the registration fail after the earlier
    // steps have already changed rows inside the transaction.
    SECTION("failing on the note of the registration, after all documents were delivered") {
        raw(path).exec("CREATE TRIGGER inject BEFORE INSERT ON registrations "
                       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    }
    SECTION("failing on the second replacement document, after the others") {
        raw(path).exec("CREATE TRIGGER inject BEFORE UPDATE OF status ON documents "
                       "WHEN NEW.batch_id = '2026-annual-r1' AND NEW.seq = 2 "
                       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    }
    require_error([&] { db->register_delivery("2026-annual", "2026-07-20"); },
                  error_kind::internal, "injected failure");
    CHECK(state_of(path) == before);
    CHECK(statuses(*db, "2026-annual") == strings{"pulled", "generated", "pulled", "generated"});
    CHECK(raw(path).query_integer("SELECT count(*) FROM registrations") == 0);

    raw(path).exec("DROP TRIGGER inject");
    auto result = db->register_delivery("2026-annual", "2026-07-20");
    CHECK(result.already_registered == false);
    CHECK(result.delivered == 4);
    CHECK(statuses(*db, "2026-annual-r1") == strings{"delivered", "delivered"});
}

TEST_CASE("a replacement of a replacement is delivered with the annual batch",
          "[record][delivery][replacement]") {
    auto db = open_history_store(fresh_db("delivery-second-replacement"));
    annual_with_replacement(*db);
    record_pullouts(*db, "2026-annual-r1", "2026-07-12", {{1, "P1", {"name"}}});
    auto renamed = doc(1, "H1", "P1");
    set_value(renamed, "name", "新しい 氏名");
    db->record_batch(replacement("2026-annual-r2", "2026-annual-r1", "2026-07-14"), {renamed});
    CHECK(db->history_of_batch("2026-annual-r1")[0].replaced_by == "2026-annual-r2:1");

    require_error([&] { db->register_delivery("2026-annual-r2", "2026-07-20"); }, error_kind::input,
                  "batch 2026-annual-r2 is a replacement (差替分) of batch 2026-annual-r1: "
                  "register 2026-annual, which registers the batches under it too");
    auto result = db->register_delivery("2026-annual", "2026-07-20");
    CHECK(result.delivered == 4);  // P2, P4, P3's notice and P1's second replacement
    CHECK(result.pulled == 3);
    CHECK(statuses(*db, "2026-annual-r1") == strings{"pulled", "delivered"});
    CHECK(statuses(*db, "2026-annual-r2") == strings{"delivered"});
    CHECK(db->history_of_person("P1").back().delivered_on == "2026-07-20");
}

TEST_CASE("a cycle of a family is registered once: a rerun batch of it is refused",
          "[record][delivery]") {
    auto path = fresh_db("delivery-cycle");
    auto db = open_history_store(path);
    db->record_batch(annual("2026-annual"), annual_rows());
    db->record_batch(annual("2026-annual-rerun"), annual_rows());  // the same cycle, 2026-08-01
    db->register_delivery("2026-annual", "2026-07-20");
    auto before = state_of(path);
    require_error([&] { db->register_delivery("2026-annual-rerun", "2026-07-21"); }, error_kind::input,
                  "batch 2026-annual of the same family and cycle (eligibility, starting "
                  "2026-08-01) was registered on 2026-07-20; batch 2026-annual-rerun is not "
                  "registered");
    CHECK(state_of(path) == before);
    CHECK(statuses(*db, "2026-annual-rerun") == std::vector<std::string>(annual_rows().size(), "generated"));
}
