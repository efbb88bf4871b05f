.class public final Lcom/facebook/FacebookSdk;
.super Ljava/lang/Object;
.source "FacebookSdk.kt"


# static fields
.field private static applicationContext:Landroid/content/Context;

.field private static autoInitEnabled:Z


# direct methods
.method public static final fullyInitialize()V
    .registers 1

    sget-object v0, Lcom/facebook/FacebookSdk;->applicationContext:Landroid/content/Context;

    if-eqz v0, :cond_7

    invoke-static {v0}, Lcom/facebook/internal/AttributionIdentifiers;->getAttributionIdentifiers(Landroid/content/Context;)Lcom/facebook/internal/AttributionIdentifiers;

    :cond_7
    return-void
.end method

.method public static final sdkInitialize(Landroid/content/Context;)V
    .registers 1

    sput-object p0, Lcom/facebook/FacebookSdk;->applicationContext:Landroid/content/Context;

    return-void
.end method

.method public static final setAutoInitEnabled(Z)V
    .registers 1

    sput-boolean p0, Lcom/facebook/FacebookSdk;->autoInitEnabled:Z

    return-void
.end method
