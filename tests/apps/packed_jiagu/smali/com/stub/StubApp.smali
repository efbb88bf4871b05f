.class public Lcom/stub/StubApp;
.super Landroid/app/Application;
.source "SourceFile"


# static fields
.field private static a:Landroid/app/Application;

.field private static b:Landroid/content/Context;

.field public static strEntryApplication:Ljava/lang/String; = "com.example.shop.ShopApplication"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static native getOrigApplicationContext(Landroid/content/Context;)Landroid/content/Context;
.end method

.method public static native interface21(Landroid/app/Application;)V
.end method

.method public static native interface5(Landroid/app/Application;)V
.end method

.method private static native n0110(Landroid/content/Context;Ljava/lang/String;)Landroid/app/Application;
.end method


# virtual methods
.method protected attachBaseContext(Landroid/content/Context;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Application;->attachBaseContext(Landroid/content/Context;)V

    sput-object p1, Lcom/stub/StubApp;->b:Landroid/content/Context;

    invoke-static {p1}, Lcom/qihoo/util/a;->a(Landroid/content/Context;)Ljava/lang/String;

    move-result-object v0

    if-eqz v0, :cond_12

    invoke-static {v0}, Ljava/lang/System;->load(Ljava/lang/String;)V

    goto :goto_17

    :cond_12
    const-string v0, "jiagu"

    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V

    :goto_17
    invoke-static {p0}, Lcom/stub/StubApp;->interface5(Landroid/app/Application;)V

    sget-object v0, Lcom/stub/StubApp;->strEntryApplication:Ljava/lang/String;

    invoke-static {p1, v0}, Lcom/stub/StubApp;->n0110(Landroid/content/Context;Ljava/lang/String;)Landroid/app/Application;

    move-result-object v0

    sput-object v0, Lcom/stub/StubApp;->a:Landroid/app/Application;

    return-void
.end method

.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sget-object v0, Lcom/stub/StubApp;->a:Landroid/app/Application;

    if-eqz v0, :cond_c

    invoke-static {v0}, Lcom/stub/StubApp;->interface21(Landroid/app/Application;)V

    :cond_c
    return-void
.end method
