// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

namespace Lifeboat {

// The wizard's pages, in the order a user meets them. Branching between them
// lives in each page's nextId().
enum PageId : int {
    Page_Welcome,
    Page_Cluster,
    Page_Scenario,
    Page_Options,
    Page_Checks,
    Page_Plan,
    Page_Run,
    Page_Summary,
    // The training sandbox's own page, after the Cluster page on the
    // sandbox task; it goes on to the Scenario page.
    Page_Sandbox,
    // A training drill: the trainer's page, from the Sandbox page; it goes
    // on to the Scenario page for the trainee. The result page comes after
    // "I'm done" on any page.
    Page_Drill,
    Page_DrillResult,
};

} // namespace Lifeboat
