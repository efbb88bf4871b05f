.class public final Lcom/example/baoguoxia/push/PushHelper;
.super Ljava/lang/Object;
.source "PushHelper.java"


# static fields
.field private static final HMS_APP_ID:Ljava/lang/String; = "106483921"

.field private static final MI_APP_ID:Ljava/lang/String; = "2882303761520183467"

.field private static final MI_APP_KEY:Ljava/lang/String; = "5572018346467"


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static register(Landroid/content/Context;)V
    .registers 4

    sget-object v0, Landroid/os/Build;->MANUFACTURER:Ljava/lang/String;

    const-string v1, "Xiaomi"

    invoke-virtual {v1, v0}, Ljava/lang/String;->equalsIgnoreCase(Ljava/lang/String;)Z

    move-result v1

    if-eqz v1, :cond_0

    const-string v1, "2882303761520183467"

    const-string v2, "5572018346467"

    invoke-static {p0, v1, v2}, Lcom/xiaomi/mipush/sdk/MiPushClient;->registerPush(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    return-void

    :cond_0
    const-string v1, "HUAWEI"

    invoke-virtual {v1, v0}, Ljava/lang/String;->equalsIgnoreCase(Ljava/lang/String;)Z

    move-result v1

    if-eqz v1, :cond_1

    new-instance v1, Lcom/example/baoguoxia/push/PushHelper$1;

    invoke-direct {v1, p0}, Lcom/example/baoguoxia/push/PushHelper$1;-><init>(Landroid/content/Context;)V

    new-instance v2, Ljava/lang/Thread;

    invoke-direct {v2, v1}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V

    invoke-virtual {v2}, Ljava/lang/Thread;->start()V

    :cond_1
    return-void
.end method
