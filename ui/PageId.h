#pragma once

namespace Lifeboat {

// The wizard's pages, in the order a user meets them. Branching between them
// lives in each page's nextId().
enum PageId : int {
    Page_Welcome,
};

} // namespace Lifeboat
