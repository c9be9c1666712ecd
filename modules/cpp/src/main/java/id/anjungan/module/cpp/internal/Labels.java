package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Text;

/** The names of the fields CPP's operations read, as refusals say them. */
final class Labels {

    static final Text DATE = Text.of("Tanggal pembagian", "Distribution date");
    static final Text DESK = Text.of("Meja pembagian", "Distribution desk");
    static final Text EVENT = Text.of("Kode pembagian", "Event code");
    static final Text HOUSEHOLD_KK = Text.of("Nomor KK rumah tangga", "Family card number of the household");
    static final Text KG_PER_HOUSEHOLD = Text.of("Kg per rumah tangga", "Kg per household");
    static final Text KK = Text.of("Nomor KK", "Family card number");
    static final Text NIK = Text.of("NIK", "NIK");
    static final Text PICKUP_NAME = Text.of("Nama pengambil", "Name of the person collecting");
    static final Text PICKUP_NIK = Text.of("NIK pengambil", "NIK of the person collecting");
    static final Text PLACE = Text.of("Tempat pembagian", "Distribution place");
    static final Text QR = Text.of("Kode QR undangan", "Invitation QR code");
    static final Text RELATION = Text.of("Hubungan dengan PBP", "Relation to the PBP");
    static final Text REPLACEMENT_NIK = Text.of("NIK PBP pengganti", "NIK of the replacement PBP");
    static final Text RESERVE_KK = Text.of("Nomor KK cadangan", "Family card number of the reserve");
    static final Text STOCK_KG = Text.of("Stok diterima (kg)", "Stock received (kg)");

    private Labels() {
    }
}
