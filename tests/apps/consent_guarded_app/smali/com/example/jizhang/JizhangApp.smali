.class public Lcom/example/jizhang/JizhangApp;
.super Landroid/app/Application;
.source "JizhangApp.java"


# static fields
.field private static final UMENG_APPKEY:Ljava/lang/String; = "64a1f3c8a1a16415c2b7e9d0"

.field private static sDeviceId:Ljava/lang/String;

.field private static sInstance:Lcom/example/jizhang/JizhangApp;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static get()Lcom/example/jizhang/JizhangApp;
    .registers 1

    sget-object v0, Lcom/example/jizhang/JizhangApp;->sInstance:Lcom/example/jizhang/JizhangApp;

    return-object v0
.end method

.method public static getDeviceId()Ljava/lang/String;
    .registers 1

    sget-object v0, Lcom/example/jizhang/JizhangApp;->sDeviceId:Ljava/lang/String;

    return-object v0
.end method

.method public static initSdks(Landroid/content/Context;)V
    .registers 7

    const-string v1, "64a1f3c8a1a16415c2b7e9d0"

    const-string v2, "official"

    const/4 v3, 0x1

    const-string v4, ""

    move-object v0, p0

    invoke-static {v0, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    const-string v0, "phone"

    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/telephony/TelephonyManager;

    :try_start_13
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/example/jizhang/JizhangApp;->sDeviceId:Ljava/lang/String;
    :try_end_19
    .catch Ljava/lang/SecurityException; {:try_start_13 .. :try_end_19} :catch_1a

    goto :goto_1b

    :catch_1a
    move-exception v0

    :goto_1b
    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/jizhang/JizhangApp;->sInstance:Lcom/example/jizhang/JizhangApp;

    const/4 v0, 0x0

    invoke-static {v0}, Lcom/umeng/commonsdk/UMConfigure;->setLogEnabled(Z)V

    const-string v0, "64a1f3c8a1a16415c2b7e9d0"

    const-string v1, "official"

    invoke-static {p0, v0, v1}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    invoke-static {p0}, Lcom/example/jizhang/util/LedgerDb;->open(Landroid/content/Context;)Lcom/example/jizhang/util/LedgerDb;

    invoke-static {p0}, Lcom/example/jizhang/PrivacyStore;->isAgreed(Landroid/content/Context;)Z

    move-result v2

    if-eqz v2, :cond_1f

    invoke-static {p0}, Lcom/example/jizhang/JizhangApp;->initSdks(Landroid/content/Context;)V

    :cond_1f
    return-void
.end method
