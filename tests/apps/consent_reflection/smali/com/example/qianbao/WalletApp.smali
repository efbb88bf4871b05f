.class public Lcom/example/qianbao/WalletApp;
.super Landroid/app/Application;
.source "WalletApp.java"


# static fields
.field private static sDeviceId:Ljava/lang/String;

.field private static sMiui:Z


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static deviceId()Ljava/lang/String;
    .registers 1

    sget-object v0, Lcom/example/qianbao/WalletApp;->sDeviceId:Ljava/lang/String;

    return-object v0
.end method

.method public static isMiui()Z
    .registers 1

    sget-boolean v0, Lcom/example/qianbao/WalletApp;->sMiui:Z

    return v0
.end method


# virtual methods
.method public onCreate()V
    .registers 5

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    :try_start_3
    const-string v0, "phone"

    invoke-virtual {p0, v0}, Lcom/example/qianbao/WalletApp;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    const-string v1, "android.telephony.TelephonyManager"

    invoke-static {v1}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;

    move-result-object v1

    const-string v2, "getDeviceId"

    const/4 v3, 0x0

    new-array v3, v3, [Ljava/lang/Class;

    invoke-virtual {v1, v2, v3}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;

    move-result-object v1

    const/4 v2, 0x0

    new-array v2, v2, [Ljava/lang/Object;

    invoke-virtual {v1, v0, v2}, Ljava/lang/reflect/Method;->invoke(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Ljava/lang/String;

    sput-object v0, Lcom/example/qianbao/WalletApp;->sDeviceId:Ljava/lang/String;
    :try_end_2a
    .catch Ljava/lang/Exception; {:try_start_3 .. :try_end_2a} :catch_2b

    goto :goto_31

    :catch_2b
    move-exception v0

    const-string v0, ""

    sput-object v0, Lcom/example/qianbao/WalletApp;->sDeviceId:Ljava/lang/String;

    :goto_31
    invoke-static {}, Lcom/example/qianbao/util/RomUtils;->isMiui()Z

    move-result v0

    sput-boolean v0, Lcom/example/qianbao/WalletApp;->sMiui:Z

    return-void
.end method
