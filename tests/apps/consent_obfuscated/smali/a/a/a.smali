.class public final La/a/a;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field public static a:Ljava/lang/String;


# direct methods
.method public static b(Landroid/content/Context;)V
    .registers 2

    const-string v0, "phone"

    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object p0

    check-cast p0, Landroid/telephony/TelephonyManager;

    :try_start_8
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;

    move-result-object p0

    sput-object p0, La/a/a;->a:Ljava/lang/String;
    :try_end_e
    .catch Ljava/lang/SecurityException; {:try_start_8 .. :try_end_e} :catch_f

    goto :goto_10

    :catch_f
    move-exception p0

    :goto_10
    return-void
.end method
