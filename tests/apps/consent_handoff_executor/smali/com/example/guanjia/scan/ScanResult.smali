.class public final Lcom/example/guanjia/scan/ScanResult;
.super Ljava/lang/Object;
.source "ScanResult.java"


# static fields
.field private static volatile sThirdPartyApps:I


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static getThirdPartyApps()I
    .registers 1

    sget v0, Lcom/example/guanjia/scan/ScanResult;->sThirdPartyApps:I

    return v0
.end method

.method public static setThirdPartyApps(I)V
    .registers 1

    sput p0, Lcom/example/guanjia/scan/ScanResult;->sThirdPartyApps:I

    return-void
.end method

.method public static trimCache(Ljava/io/File;J)V
    .registers 9

    invoke-virtual {p0}, Ljava/io/File;->listFiles()[Ljava/io/File;

    move-result-object p0

    if-nez p0, :cond_7

    return-void

    :cond_7
    array-length v0, p0

    const/4 v1, 0x0

    :goto_9
    if-ge v1, v0, :cond_1f

    aget-object v2, p0, v1

    invoke-virtual {v2}, Ljava/io/File;->length()J

    move-result-wide v3

    cmp-long v5, v3, p1

    if-lez v5, :cond_1c

    invoke-virtual {v2}, Ljava/io/File;->delete()Z

    :cond_1c
    add-int/lit8 v1, v1, 0x1

    goto :goto_9

    :cond_1f
    return-void
.end method
