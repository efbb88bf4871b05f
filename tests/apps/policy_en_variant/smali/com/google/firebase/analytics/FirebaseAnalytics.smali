.class public final Lcom/google/firebase/analytics/FirebaseAnalytics;
.super Ljava/lang/Object;
.source "com.google.android.gms:play-services-measurement-api@@21.5.0"


# static fields
.field private static volatile zzb:Lcom/google/firebase/analytics/FirebaseAnalytics;


# instance fields
.field private final zzc:Landroid/content/Context;


# direct methods
.method private constructor <init>(Landroid/content/Context;)V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/google/firebase/analytics/FirebaseAnalytics;->zzc:Landroid/content/Context;

    return-void
.end method

.method public static getInstance(Landroid/content/Context;)Lcom/google/firebase/analytics/FirebaseAnalytics;
    .registers 2

    sget-object v0, Lcom/google/firebase/analytics/FirebaseAnalytics;->zzb:Lcom/google/firebase/analytics/FirebaseAnalytics;

    if-nez v0, :cond_d

    new-instance v0, Lcom/google/firebase/analytics/FirebaseAnalytics;

    invoke-direct {v0, p0}, Lcom/google/firebase/analytics/FirebaseAnalytics;-><init>(Landroid/content/Context;)V

    sput-object v0, Lcom/google/firebase/analytics/FirebaseAnalytics;->zzb:Lcom/google/firebase/analytics/FirebaseAnalytics;

    :cond_d
    return-object v0
.end method


# virtual methods
.method public logEvent(Ljava/lang/String;Landroid/os/Bundle;)V
    .registers 3

    return-void
.end method

.method public setAnalyticsCollectionEnabled(Z)V
    .registers 3

    if-eqz p1, :cond_7

    iget-object v0, p0, Lcom/google/firebase/analytics/FirebaseAnalytics;->zzc:Landroid/content/Context;

    invoke-static {v0}, Lcom/google/android/gms/measurement/internal/zzfi;->zza(Landroid/content/Context;)V

    :cond_7
    return-void
.end method
