.class public Lcom/qq/e/comm/managers/status/DeviceStatus;
.super Ljava/lang/Object;
.source "SourceFile"


# instance fields
.field public final androidId:Ljava/lang/String;

.field public final installedCount:I

.field public final manufacturer:Ljava/lang/String;

.field public final model:Ljava/lang/String;


# direct methods
.method private constructor <init>(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V
    .registers 5

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/qq/e/comm/managers/status/DeviceStatus;->model:Ljava/lang/String;

    iput-object p2, p0, Lcom/qq/e/comm/managers/status/DeviceStatus;->manufacturer:Ljava/lang/String;

    iput-object p3, p0, Lcom/qq/e/comm/managers/status/DeviceStatus;->androidId:Ljava/lang/String;

    iput p4, p0, Lcom/qq/e/comm/managers/status/DeviceStatus;->installedCount:I

    return-void
.end method

.method public static collect(Landroid/content/Context;)Lcom/qq/e/comm/managers/status/DeviceStatus;
    .registers 7

    sget-object v0, Landroid/os/Build;->MODEL:Ljava/lang/String;

    sget-object v1, Landroid/os/Build;->MANUFACTURER:Ljava/lang/String;

    invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;

    move-result-object v2

    const-string v3, "android_id"

    invoke-static {v2, v3}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;

    move-result-object v2

    const/4 v3, 0x0

    :try_start_0
    invoke-virtual {p0}, Landroid/content/Context;->getPackageManager()Landroid/content/pm/PackageManager;

    move-result-object v4

    const/4 v5, 0x0

    invoke-virtual {v4, v5}, Landroid/content/pm/PackageManager;->getInstalledPackages(I)Ljava/util/List;

    move-result-object v4

    invoke-interface {v4}, Ljava/util/List;->size()I

    move-result v3
    :try_end_0
    .catch Ljava/lang/Throwable; {:try_start_0 .. :try_end_0} :catch_0

    :catch_0
    new-instance v4, Lcom/qq/e/comm/managers/status/DeviceStatus;

    invoke-direct {v4, v0, v1, v2, v3}, Lcom/qq/e/comm/managers/status/DeviceStatus;-><init>(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V

    return-object v4
.end method
