// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "demo/DemoCert.h"

#include <QCryptographicHash>
#include <memory>
#include <mutex>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace mailscope::demo {

namespace {

template <typename T, void (*F)(T *)> struct Free
{
    void operator()(T *p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Free<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Free<BIO, BIO_free_all>>;
using Bn = std::unique_ptr<BIGNUM, Free<BIGNUM, BN_free>>;

QByteArray bioBytes(BIO *b)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    return QByteArray(data, int(n));
}

Identity generate()
{
    Identity id;
    // P-256: quick to make (milliseconds), and every TLS stack takes it.
    Key key(EVP_EC_gen("P-256"));
    Cert x(X509_new());
    if (!key || !x) return id;
    X509_set_version(x.get(), 2);
    Bn serial(BN_new());
    BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x.get()));
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), 30L * 24 * 3600);
    X509_set_pubkey(x.get(), key.get());
    X509_NAME *name = X509_get_subject_name(x.get());
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>("Mailscope demo server (self-signed)"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Mailscope demo"), -1, -1,
                               0);
    X509_set_issuer_name(x.get(), name);
    if (!X509_sign(x.get(), key.get(), EVP_sha256())) return id;
    Bio certOut(BIO_new(BIO_s_mem()));
    Bio keyOut(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certOut.get(), x.get());
    PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    id.certificate = QSslCertificate(bioBytes(certOut.get()), QSsl::Pem);
    id.key = QSslKey(bioBytes(keyOut.get()), QSsl::Ec, QSsl::Pem);
    id.sha256 = id.certificate.digest(QCryptographicHash::Sha256).toHex();
    return id;
}

} // namespace

const Identity &identity()
{
    static Identity id;
    static std::once_flag once;
    std::call_once(once, [] { id = generate(); });
    return id;
}

} // namespace mailscope::demo
