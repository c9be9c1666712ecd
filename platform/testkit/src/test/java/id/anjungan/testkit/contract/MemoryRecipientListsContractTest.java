package id.anjungan.testkit.contract;

import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.testkit.MemoryRecipientLists;

class MemoryRecipientListsContractTest extends RecipientListsContract {

    @Override
    protected RecipientLists lists() {
        return new MemoryRecipientLists();
    }
}
